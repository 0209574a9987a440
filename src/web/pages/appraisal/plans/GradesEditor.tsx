import { Col, InputNumber, Row, Segmented, Space, Switch, Table, Typography } from 'antd';
import { BONUS_MODES, type ForcedDistributionShape, type GradeName } from '../../../../common/appraisal-plans';
import { useT } from '../../../i18n';
import type { Content } from './plansApi';

// Shares are 0..1 in the plan and percentages on screen; rounded so 0.07 shows as 7, not 7.000000000000001.
const toPercent = (share: number | undefined) => (share === undefined ? null : Math.round(share * 10000) / 100);
const toShare = (percent: number | null) => Math.round((percent ?? 0) * 100) / 10000;

/** 等级与奖金系数, and the forced distribution (off by default; the editor offers the settings' values when switched on). */
export function GradesEditor({
  content,
  forcedDefaults,
  disabled,
  onChange,
}: {
  content: Content;
  /** What switching it on starts from (the settings); null until loaded. */
  forcedDefaults: ForcedDistributionShape | null;
  disabled: boolean;
  onChange: (patch: Partial<Content>) => void;
}) {
  const t = useT();
  const rows = content.grades.map((g, i) => ({ ...g, i }));
  const setMin = (i: number, min: number) =>
    onChange({ grades: content.grades.map((g, j) => (j === i ? { ...g, min } : g)) });
  const setCoefficient = (grade: GradeName, v: number) =>
    onChange({ bonus: { ...content.bonus, coefficients: { ...content.bonus.coefficients, [grade]: v } } });
  const forced = content.forcedDistribution;
  const setForced = (patch: Partial<ForcedDistributionShape>) =>
    forced && onChange({ forcedDistribution: { ...forced, ...patch } });
  const last = content.grades.length - 1;
  return (
    <Row gutter={24}>
      <Col xs={24} lg={12}>
        <Table
          size="small"
          rowKey="grade"
          pagination={false}
          dataSource={rows}
          data-testid="grades-table"
          columns={[
            { title: t('appraisalPlans.grades.grade'), dataIndex: 'grade', width: 70 },
            {
              title: t('appraisalPlans.grades.min'),
              render: (_, g) =>
                g.i === last && g.min === 0 ? (
                  <Typography.Text type="secondary">{t('appraisalPlans.grades.below')}</Typography.Text>
                ) : (
                  <InputNumber
                    size="small"
                    min={0}
                    max={100}
                    value={g.min}
                    disabled={disabled}
                    onChange={(v) => setMin(g.i, v ?? 0)}
                    data-testid={`grade-${g.grade}-min`}
                  />
                ),
            },
            {
              title: t('appraisalPlans.grades.coefficient'),
              render: (_, g) => (
                <InputNumber
                  size="small"
                  min={0}
                  max={100}
                  step={0.1}
                  value={content.bonus.coefficients[g.grade]}
                  disabled={disabled}
                  onChange={(v) => setCoefficient(g.grade, v ?? 0)}
                  data-testid={`grade-${g.grade}-coefficient`}
                />
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 12 }} wrap>
          {t('appraisalPlans.grades.mode')}
          <Segmented
            value={content.bonus.mode}
            disabled={disabled}
            onChange={(mode) => onChange({ bonus: { ...content.bonus, mode: mode as Content['bonus']['mode'] } })}
            options={BONUS_MODES.map((m) => ({ value: m, label: t(`appraisalPlans.bonusModes.${m}`) }))}
            data-testid="bonus-mode"
          />
        </Space>
      </Col>
      <Col xs={24} lg={12}>
        <Typography.Title level={5}>{t('appraisalPlans.forced.title')}</Typography.Title>
        <Space>
          <Switch
            checked={!!forced}
            disabled={disabled || (!forced && !forcedDefaults)}
            onChange={(on) => onChange({ forcedDistribution: on ? forcedDefaults : null })}
            data-testid="forced-toggle"
          />
          {forced ? t('appraisalPlans.forced.on') : t('appraisalPlans.forced.off')}
        </Space>
        {forced && (
          <Space direction="vertical" style={{ marginTop: 12 }}>
            <Space>
              {t('appraisalPlans.forced.minTeamSize')}
              <InputNumber
                size="small"
                min={2}
                precision={0}
                value={forced.minTeamSize}
                disabled={disabled}
                onChange={(v) => setForced({ minTeamSize: v ?? 2 })}
                data-testid="forced-min-team"
              />
              {t('appraisalPlans.forced.people')}
            </Space>
            {(['S', 'A'] as const).map((g) => (
              <Space key={g}>
                {t(g === 'S' ? 'appraisalPlans.forced.maxS' : 'appraisalPlans.forced.maxA')}
                <InputNumber
                  size="small"
                  min={0}
                  max={100}
                  value={toPercent(forced.maxShare[g])}
                  disabled={disabled}
                  onChange={(v) => setForced({ maxShare: { ...forced.maxShare, [g]: toShare(v) } })}
                  data-testid={`forced-max-${g}`}
                />
                %
              </Space>
            ))}
            <Space>
              {t('appraisalPlans.forced.minLow')}
              <InputNumber
                size="small"
                min={0}
                max={100}
                value={toPercent(forced.minLowShare)}
                disabled={disabled}
                onChange={(v) => setForced({ minLowShare: toShare(v) })}
                data-testid="forced-min-low"
              />
              %
            </Space>
            <Typography.Text type="secondary">{t('appraisalPlans.forced.rule')}</Typography.Text>
          </Space>
        )}
      </Col>
    </Row>
  );
}
