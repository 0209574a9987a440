import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, InputNumber, Select, Space, Table, Tabs, Tag } from 'antd';
import {
  KPI_CODES,
  POSITION_TYPES,
  RULE_KINDS,
  totalWeight,
  type KpiCodeName,
  type PlanKpiShape,
  type PositionTypeName,
  type ScoringRuleShape,
} from '../../../../common/appraisal-plans';
import { useT } from '../../../i18n';
import type { Content } from './plansApi';
import { RuleCell } from './RuleCell';

type Sets = Content['kpiSets'];

/** A rule of the other kind, starting from the defaults' rule for this KPI when it is of that kind. */
function ruleOfKind(kind: ScoringRuleShape['kind'], fallback: ScoringRuleShape | undefined): ScoringRuleShape {
  if (fallback?.kind === kind) return fallback;
  if (kind === 'linear') return { kind, floor: 0, target: 100 };
  if (kind === 'manual') return { kind, max: 10 };
  return { kind, bands: [{ min: 0, max: null, points: 100 }] };
}

/** The total-weight indicator: green at exactly 100. */
export function WeightTotal({ set, testId }: { set: PlanKpiShape[] | undefined; testId?: string }) {
  const t = useT();
  const total = totalWeight(set);
  return (
    <Tag color={total === 100 ? 'green' : 'red'} data-testid={testId} data-total={total}>
      {t('appraisalPlans.kpiSets.total', { total })}
    </Tag>
  );
}

/** 各岗位指标与权重: one tab per position type, each an editable table of KPI, weight and scoring rule. */
export function KpiSetsEditor({
  sets,
  defaultRules,
  disabled,
  onChange,
}: {
  sets: Sets;
  defaultRules: Partial<Record<KpiCodeName, ScoringRuleShape>>;
  disabled: boolean;
  onChange: (sets: Sets) => void;
}) {
  const t = useT();
  const setOf = (type: PositionTypeName, set: PlanKpiShape[] | undefined) => {
    const next = { ...sets };
    if (set) next[type] = set;
    else delete next[type];
    onChange(next);
  };
  const tab = (type: PositionTypeName) => {
    const set = sets[type];
    const tid = `kpi-${type}`;
    if (!set)
      return (
        <Empty description={t('appraisalPlans.kpiSets.noSet')}>
          {!disabled && (
            <Button icon={<PlusOutlined />} onClick={() => setOf(type, [])} data-testid={`${tid}-add-set`}>
              {t('appraisalPlans.kpiSets.addSet', { type: t(`appraisalPlans.positionTypes.${type}`) })}
            </Button>
          )}
        </Empty>
      );
    const update = (i: number, kpi: PlanKpiShape) =>
      setOf(
        type,
        set.map((k, j) => (j === i ? kpi : k)),
      );
    const unused = KPI_CODES.filter((c) => !set.some((k) => k.code === c));
    return (
      <>
        <Table<PlanKpiShape>
          size="small"
          rowKey={(k) => k.code}
          pagination={false}
          dataSource={set}
          data-testid={`${tid}-table`}
          columns={[
            {
              title: t('appraisalPlans.kpiSets.kpi'),
              width: 220,
              render: (_, k, i) => (
                <Select
                  size="small"
                  value={k.code}
                  disabled={disabled}
                  style={{ width: 200 }}
                  onChange={(code: KpiCodeName) => update(i, { ...k, code, rule: defaultRules[code] ?? k.rule })}
                  options={[k.code, ...unused].map((c) => ({ value: c, label: t(`appraisalPlans.kpis.${c}`) }))}
                  data-testid={`${tid}-${i}-code`}
                />
              ),
            },
            {
              title: t('appraisalPlans.kpiSets.weight'),
              width: 100,
              render: (_, k, i) => (
                <InputNumber
                  size="small"
                  min={0}
                  max={100}
                  precision={0}
                  value={k.weight}
                  disabled={disabled}
                  style={{ width: 76 }}
                  onChange={(v) => update(i, { ...k, weight: v ?? 0 })}
                  data-testid={`${tid}-${i}-weight`}
                />
              ),
            },
            {
              title: t('appraisalPlans.kpiSets.rule'),
              width: 120,
              render: (_, k, i) => (
                <Select
                  size="small"
                  value={k.rule.kind}
                  disabled={disabled}
                  style={{ width: 104 }}
                  onChange={(kind: ScoringRuleShape['kind']) =>
                    update(i, { ...k, rule: ruleOfKind(kind, defaultRules[k.code]) })
                  }
                  options={RULE_KINDS.map((r) => ({ value: r, label: t(`appraisalPlans.ruleKinds.${r}`) }))}
                  data-testid={`${tid}-${i}-kind`}
                />
              ),
            },
            {
              title: t('appraisalPlans.kpiSets.scoring'),
              render: (_, k, i) => (
                <RuleCell
                  code={k.code}
                  rule={k.rule}
                  disabled={disabled}
                  onChange={(rule) => update(i, { ...k, rule })}
                  testId={`${tid}-${i}`}
                />
              ),
            },
            ...(disabled
              ? []
              : [
                  {
                    width: 48,
                    render: (_: unknown, __: PlanKpiShape, i: number) => (
                      <Button
                        size="small"
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('appraisalPlans.kpiSets.remove')}
                        onClick={() =>
                          setOf(
                            type,
                            set.filter((_, j) => j !== i),
                          )
                        }
                        data-testid={`${tid}-${i}-remove`}
                      />
                    ),
                  },
                ]),
          ]}
        />
        <Space style={{ marginTop: 8 }} wrap>
          <WeightTotal set={set} testId={`${tid}-total`} />
          {!disabled && unused.length > 0 && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() =>
                setOf(type, [
                  ...set,
                  { code: unused[0], weight: 0, rule: defaultRules[unused[0]] ?? ruleOfKind('linear', undefined) },
                ])
              }
              data-testid={`${tid}-add`}
            >
              {t('appraisalPlans.kpiSets.addKpi')}
            </Button>
          )}
          {!disabled && (
            <Button
              size="small"
              danger
              type="text"
              onClick={() => setOf(type, undefined)}
              data-testid={`${tid}-remove-set`}
            >
              {t('appraisalPlans.kpiSets.removeSet')}
            </Button>
          )}
        </Space>
      </>
    );
  };
  return (
    <Tabs
      data-testid="kpi-sets"
      items={POSITION_TYPES.map((type) => ({
        key: type,
        label: (
          <Space size={6}>
            {t(`appraisalPlans.positionTypes.${type}`)}
            {sets[type] && (
              <Tag color={totalWeight(sets[type]) === 100 ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
                {totalWeight(sets[type])}
              </Tag>
            )}
          </Space>
        ),
        children: tab(type),
      }))}
    />
  );
}
