import { Button, Switch, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { poolApi, poolKey, type Candidate } from './api';
import { CriteriaTags } from './CriteriaTags';
import { SelectModal } from './PoolDialogs';

/** Floor agents with each criterion; a training manager selects one into the pool. */
export function CandidatesTab() {
  const t = useT();
  const can = useCan();
  const [eligibleOnly, setEligibleOnly] = useState(false);
  const [selecting, setSelecting] = useState<Candidate | null>(null);
  const { data, loading } = useApiQuery(poolKey('candidates', eligibleOnly), () => poolApi.candidates(eligibleOnly));
  const columns: TableColumnsType<Candidate> = [
    {
      title: t('mentorship.pool.fields.person'),
      key: 'person',
      render: (_, c) => (
        <span>
          {c.name} <Tag>{c.employeeNo}</Tag>
        </span>
      ),
    },
    { title: t('mentorship.pool.fields.team'), dataIndex: 'teamName', key: 'team', responsive: ['md'] },
    {
      title: t('mentorship.pool.fields.status'),
      key: 'status',
      responsive: ['lg'],
      render: (_, c) => t(`people.status.${c.status}` as never),
    },
    {
      title: t('mentorship.pool.fields.criteria'),
      key: 'criteria',
      render: (_, c) => <CriteriaTags criteria={c.criteria} testId={`candidate-criteria-${c.employeeNo}`} />,
    },
    {
      title: t('mentorship.pool.fields.actions'),
      key: 'actions',
      render: (_, c) => (
        <Space>
          {c.eligible ? (
            <Tag color="green">{t('mentorship.pool.eligible')}</Tag>
          ) : (
            <Tag color="red">{t('mentorship.pool.notEligible', { n: c.unmet.length })}</Tag>
          )}
          {c.inPool ? (
            <Tag color="blue">{t('mentorship.pool.inPool')}</Tag>
          ) : (
            can('training.manage') && (
              <Button size="small" data-testid={`pool-select-${c.employeeNo}`} onClick={() => setSelecting(c)}>
                {t('mentorship.pool.select')}
              </Button>
            )
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={eligibleOnly} onChange={setEligibleOnly} data-testid="pool-eligible-only" />
        {t('mentorship.pool.eligibleOnly')}
      </Space>
      <Table<Candidate>
        rowKey="employeeId"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        scroll={{ x: true }}
        locale={{ emptyText: t('mentorship.pool.empty.candidates') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
      {selecting && <SelectModal person={selecting} onClose={() => setSelecting(null)} />}
    </>
  );
}
