import { Drawer, Segmented, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { RateBy, RatePerson } from '../../../../common/analytics-rates';
import { localTime } from '../../../format';
import { useT, type MsgKey } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { ratesApi, ratesKey, type Outcome, type RatesFilter } from './api';
import type { Drill } from './RatesTable';

// The people behind a figure: their first attempts (all, passed or failed) or, for a program or a
// trainer, those eliminated.

export function PeopleDrawer({
  by,
  filter,
  drill,
  onClose,
}: {
  by: RateBy;
  filter: RatesFilter;
  drill: Drill | null;
  onClose: () => void;
}) {
  const t = useT();
  const [picked, setPicked] = useState<Outcome | null>(null);
  const outcome = picked ?? drill?.outcome ?? 'all';
  const q = { by, key: drill?.key, outcome, filter };
  const { data, loading } = useApiQuery(ratesKey('people', q), () => ratesApi.people(by, drill?.key, outcome, filter), {
    enabled: drill !== null,
  });
  const eliminated = outcome === 'eliminated';
  const outcomes: Outcome[] =
    by === 'program' || by === 'trainer' ? ['all', 'passed', 'failed', 'eliminated'] : ['all', 'passed', 'failed'];
  const p = (k: string) => t(`analytics.rates.people.${k}` as MsgKey);
  const columns: ColumnsType<RatePerson> = [
    { title: p('name'), dataIndex: 'name', fixed: 'left', width: 100 },
    { title: p('team'), dataIndex: 'teamName', width: 120, responsive: ['sm'] },
    ...((eliminated
      ? [
          { title: p('exitDate'), dataIndex: 'exitDate', width: 110 },
          {
            title: p('criterion'),
            dataIndex: 'exitCriterion',
            render: (c: string | null) => (c ? t(`elimination.criteria.${c}` as MsgKey) : '—'),
          },
        ]
      : [
          { title: p('exam'), dataIndex: 'examTitle', responsive: ['md'] },
          { title: p('score'), dataIndex: 'score', align: 'right', width: 70 },
          {
            title: p('result'),
            dataIndex: 'passed',
            width: 80,
            render: (ok: boolean | null) =>
              ok === null ? '—' : <Tag color={ok ? 'green' : 'red'}>{ok ? p('pass') : p('fail')}</Tag>,
          },
          {
            title: p('submittedAt'),
            dataIndex: 'submittedAt',
            width: 160,
            responsive: ['lg'],
            render: (s: string | null) => localTime(s),
          },
        ]) as ColumnsType<RatePerson>),
  ];
  return (
    <Drawer
      open={drill !== null}
      onClose={() => {
        setPicked(null);
        onClose();
      }}
      title={t('analytics.rates.people.title', { group: drill?.label ?? '' })}
      size="large"
      data-testid="rates-people"
    >
      <Segmented<Outcome>
        value={outcome}
        onChange={setPicked}
        options={outcomes.map((o) => ({ value: o, label: t(`analytics.rates.people.outcome.${o}`) }))}
        style={{ marginBottom: 12 }}
        data-testid="rates-people-outcome"
      />
      <Table<RatePerson>
        size="small"
        rowKey={(r) => `${r.employeeId}-${r.examId ?? ''}`}
        loading={loading}
        columns={columns}
        dataSource={data?.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
      {data && data.total > data.data.length && (
        <Typography.Text type="secondary">
          {t('analytics.rates.people.shown', { total: data.total, shown: data.data.length })}
        </Typography.Text>
      )}
    </Drawer>
  );
}
