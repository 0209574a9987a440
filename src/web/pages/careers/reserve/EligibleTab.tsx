import { Button, Space, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { useT, type MsgKey } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { reserveApi, reserveKey, type Eligible, type Round } from './api';
import { CriteriaTags, EntryStatusTag } from './labels';
import { RecommendModal } from './ReserveDialogs';

/** The agents in my scope, eligible or not, each criterion with its evidence; a lead recommends. */
export function EligibleTab({ round }: { round: Round }) {
  const t = useT();
  const can = useCan();
  const [eligibleOnly, setEligibleOnly] = useState(false);
  const [recommending, setRecommending] = useState<Eligible | null>(null);
  const { data, loading } = useApiQuery(reserveKey('eligibility', round.id, eligibleOnly), () =>
    reserveApi.eligibility(round.id, eligibleOnly),
  );
  const mayRecommend = can('careers.reserve.recommend') && round.status === 'nominating';
  const columns: TableColumnsType<Eligible> = [
    {
      title: t('careers.reserve.fields.person'),
      key: 'person',
      render: (_, r) => (
        <span>
          {r.name} <Tag>{r.employeeNo}</Tag>
        </span>
      ),
    },
    { title: t('careers.reserve.fields.team'), dataIndex: 'teamName', key: 'team', responsive: ['md'] },
    {
      title: t('careers.reserve.fields.status'),
      key: 'status',
      responsive: ['lg'],
      render: (_, r) => t(`people.status.${r.status}` as MsgKey),
    },
    {
      title: t('careers.reserve.fields.criteria'),
      key: 'criteria',
      render: (_, r) => <CriteriaTags criteria={r.eligibility.criteria} />,
    },
    {
      title: t('careers.reserve.fields.entry'),
      key: 'entry',
      render: (_, r) => (
        <Space wrap size={4}>
          {r.eligibility.eligible ? (
            <Tag color="green">{t('careers.reserve.eligible')}</Tag>
          ) : (
            <Tag color="red">{t('careers.reserve.notEligible', { n: r.eligibility.unmet.length })}</Tag>
          )}
          {r.nominationStatus && <EntryStatusTag status={r.nominationStatus} />}
          {r.recommended && <Tag color="blue">{t('careers.reserve.recommended')}</Tag>}
          {mayRecommend && r.eligibility.eligible && !r.recommended && r.nominationStatus !== 'withdrawn' && (
            <Button size="small" onClick={() => setRecommending(r)} data-testid={`recommend-${r.employeeNo}`}>
              {t('careers.reserve.actions.recommend')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={eligibleOnly} onChange={setEligibleOnly} data-testid="eligible-only" />
        {t('careers.reserve.eligibleOnly')}
      </Space>
      <Table<Eligible>
        rowKey="employeeId"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        scroll={{ x: true }}
        onRow={(r) =>
          ({ 'data-testid': 'eligible-row', 'data-employee-no': r.employeeNo, 'data-name': r.name }) as object
        }
        locale={{ emptyText: t('careers.reserve.empty.eligible') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
      {recommending && (
        <RecommendModal roundId={round.id} person={recommending} onClose={() => setRecommending(null)} />
      )}
    </>
  );
}
