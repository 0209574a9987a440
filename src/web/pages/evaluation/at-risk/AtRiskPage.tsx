import { keys } from '../../../query/keys';
import { Select, Segmented, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useTableQuery } from '../../../components/useTableQuery';
import { useT, type MsgKey } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { statusLabel, triggerText } from '../criteriaText';
import { evaluationApi, type CohortBrief, type FlaggedRow } from '../evaluationApi';

/** 淘汰预警: trainees who meet a criterion or are one step from one, with what would trigger it. */
const NO_COHORTS: CohortBrief[] = [];

export default function AtRiskPage() {
  const t = useT();
  const { get, update, tableProps } = useTableQuery<FlaggedRow>(
    keys.evaluation('atRisk', 'page'),
    evaluationApi.atRisk,
    { pageSize: 50 },
  );
  const cohorts = useApiQuery(keys.evaluation('cohorts'), () => evaluationApi.cohorts()).data ?? NO_COHORTS;
  const state = get('state') ?? 'all';

  return (
    <>
      <PageHeader
        title={t('evaluation.atRisk.title')}
        extra={
          <Space wrap>
            <Select
              allowClear
              style={{ minWidth: 220 }}
              placeholder={t('evaluation.atRisk.allCohorts')}
              value={get('cohortId')}
              onChange={(v) => update({ cohortId: v ?? null })}
              options={cohorts.map((c) => ({ value: c.id, label: c.name }))}
              data-testid="at-risk-cohort"
            />
            <Segmented
              value={state}
              onChange={(v) => update({ state: v === 'all' ? null : String(v) })}
              options={(['all', 'met', 'at_risk'] as const).map((s) => ({
                value: s,
                label: t(`evaluation.atRisk.states.${s}`),
              }))}
            />
          </Space>
        }
      />
      <Typography.Paragraph type="secondary">{t('evaluation.atRisk.hint')}</Typography.Paragraph>
      <Table<FlaggedRow>
        {...tableProps}
        rowKey="employeeId"
        data-testid="at-risk-list"
        locale={{ emptyText: t('evaluation.atRisk.empty') }}
        columns={[
          { title: t('evaluation.fields.employeeNo'), dataIndex: 'employeeNo', width: 110 },
          {
            title: t('evaluation.fields.name'),
            dataIndex: 'name',
            width: 120,
            render: (v: string, r) => <Link to={`/evaluation/trainees/${r.employeeId}`}>{v}</Link>,
          },
          {
            title: t('evaluation.fields.status'),
            dataIndex: 'status',
            width: 120,
            render: (s: string) => statusLabel(t, s),
          },
          {
            title: t('evaluation.fields.criteria'),
            key: 'c',
            render: (_: unknown, r) => (
              <Space orientation="vertical" size={4}>
                {r.criteria.map((c) => (
                  <div key={c.code}>
                    <Tag color={c.met ? 'red' : 'orange'}>
                      {t(c.met ? 'evaluation.state.met' : 'evaluation.state.atRisk')}
                    </Tag>
                    <Typography.Text strong>{t(`evaluation.criteria.${c.code}` as MsgKey)}</Typography.Text>
                    <div>
                      <Typography.Text type="secondary">{triggerText(t, c)}</Typography.Text>
                    </div>
                  </div>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
