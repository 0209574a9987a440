import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Space, Typography } from 'antd';
import { KPI_UNITS, type KpiCodeName, type ScoringRuleShape } from '../../../../common/appraisal-plans';
import { useT } from '../../../i18n';

type Band = Extract<ScoringRuleShape, { kind: 'banded' }>['bands'][number];

/** The numbers of one KPI's scoring rule: floor and target, the bands, or the manual maximum. */
export function RuleCell({
  code,
  rule,
  disabled,
  onChange,
  testId,
}: {
  code: KpiCodeName;
  rule: ScoringRuleShape;
  disabled: boolean;
  onChange: (rule: ScoringRuleShape) => void;
  testId: string;
}) {
  const t = useT();
  const unit = t(`appraisalPlans.units.${KPI_UNITS[code]}`);
  const num = (value: number | null, set: (v: number) => void, id: string, width = 96) => (
    <InputNumber
      size="small"
      value={value}
      disabled={disabled}
      style={{ width }}
      onChange={(v) => set(v ?? 0)}
      data-testid={`${testId}-${id}`}
    />
  );
  if (rule.kind === 'manual')
    return (
      <Space size={4}>
        {t('appraisalPlans.kpiSets.max')}
        {num(rule.max, (max) => onChange({ ...rule, max }), 'max', 72)}
        {unit}
      </Space>
    );
  if (rule.kind === 'linear')
    return (
      <Space size={4} wrap>
        {t('appraisalPlans.kpiSets.floor')}
        {num(rule.floor, (floor) => onChange({ ...rule, floor }), 'floor')}
        {t('appraisalPlans.kpiSets.target')}
        {num(rule.target, (target) => onChange({ ...rule, target }), 'target')}
        {unit}
        {rule.floor > rule.target && (
          <Typography.Text type="secondary">({t('appraisalPlans.kpiSets.lowerBetter')})</Typography.Text>
        )}
      </Space>
    );
  const setBand = (i: number, band: Band) =>
    onChange({ ...rule, bands: rule.bands.map((b, j) => (j === i ? band : b)) });
  const last = rule.bands[rule.bands.length - 1];
  return (
    <Space direction="vertical" size={2}>
      {rule.bands.map((b, i) => (
        <Space key={i} size={4} wrap>
          {t('appraisalPlans.kpiSets.bandFrom')}
          {num(b.min, (min) => setBand(i, { ...b, min }), `band-${i}-min`, 88)}
          {t('appraisalPlans.kpiSets.bandTo')}
          <InputNumber
            size="small"
            value={b.max}
            disabled={disabled}
            style={{ width: 88 }}
            placeholder={t('appraisalPlans.kpiSets.bandOpen')}
            onChange={(v) => setBand(i, { ...b, max: v ?? null })}
            data-testid={`${testId}-band-${i}-max`}
          />
          {unit}
          {t('appraisalPlans.kpiSets.bandPoints')}
          <InputNumber
            size="small"
            min={0}
            max={100}
            value={b.points}
            disabled={disabled}
            style={{ width: 64 }}
            onChange={(v) => setBand(i, { ...b, points: v ?? 0 })}
            data-testid={`${testId}-band-${i}-points`}
          />
          {!disabled && rule.bands.length > 1 && (
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('appraisalPlans.kpiSets.remove')}
              onClick={() => onChange({ ...rule, bands: rule.bands.filter((_, j) => j !== i) })}
            />
          )}
        </Space>
      ))}
      {!disabled && (
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() =>
            onChange({
              ...rule,
              // The next band starts where the last one ends (an open last band gets an end first).
              bands: [
                ...rule.bands.slice(0, -1),
                { ...last, max: last.max ?? last.min + 10 },
                { min: last.max ?? last.min + 10, max: null, points: 100 },
              ],
            })
          }
          data-testid={`${testId}-add-band`}
        >
          {t('appraisalPlans.kpiSets.addBand')}
        </Button>
      )}
    </Space>
  );
}
