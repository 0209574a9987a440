import { PlusOutlined } from '@ant-design/icons';
import { Button, Progress, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CYCLE_STEPS } from '../../../../common/appraisal-cycles';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useTableQuery } from '../../../components/useTableQuery';
import { useT } from '../../../i18n';
import { appraisalApi, appraisalKey, type Cycle } from '../appraisalApi';
import { StepTag } from '../labels';
import { NewCycleModal } from './NewCycleModal';
import { TeamTrendCard } from './TeamTrendCard';

/** 考核周期: every cycle (newest first) with its step, the step's deadline and how many sheets are
 *  confirmed; HR and the center manager open a new one on a published plan. */
export default function CyclesPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useTableQuery<Cycle>(appraisalKey('cycles'), (q) =>
    appraisalApi.cycles({ page: q.page, pageSize: q.pageSize, status: q.status }),
  );
  return (
    <>
      <PageHeader
        title={t('appraisal.cycles.title')}
        extra={
          can('appraisal.cycles') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="cycle-new">
              {t('appraisal.cycles.new')}
            </Button>
          )
        }
      />
      <TeamTrendCard />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('appraisal.fields.status')}
          value={list.get('status')}
          onChange={(status) => list.update({ status })}
          data-testid="cycles-filter-status"
          options={CYCLE_STEPS.map((s) => ({ value: s, label: t(`appraisal.steps.${s}`) }))}
        />
      </Space>
      <Table<Cycle>
        {...list.tableProps}
        data-testid="cycles-list"
        locale={{ emptyText: t('appraisal.cycles.empty') }}
        onRow={(r) =>
          ({
            'data-testid': 'cycle-row',
            'data-cycle-id': r.id,
            onClick: () => navigate(`/appraisal/cycles/${r.id}`),
            className: 'sw-clickable-row',
          }) as object
        }
        columns={[
          {
            title: t('appraisal.fields.cycle'),
            dataIndex: 'name',
            render: (name: string, r) => <Link to={`/appraisal/cycles/${r.id}`}>{name}</Link>,
          },
          {
            title: t('appraisal.fields.plan'),
            key: 'plan',
            render: (_, r) =>
              `${t('appraisal.cycles.planVersion', { name: r.planName, version: r.planVersion })} · ${t(`appraisal.kinds.${r.kind}`)}`,
          },
          { title: t('appraisal.fields.period'), key: 'period', render: (_, r) => `${r.periodStart} ~ ${r.periodEnd}` },
          {
            title: t('appraisal.fields.step'),
            dataIndex: 'status',
            render: (s: Cycle['status']) => <StepTag step={s} />,
          },
          { title: t('appraisal.fields.dueOn'), dataIndex: 'dueOn', render: (d: string | null) => d ?? '—' },
          {
            title: t('appraisal.cycles.confirmed'),
            key: 'confirmed',
            render: (_, r) => (
              <Progress
                style={{ width: 110, margin: 0 }}
                size="small"
                percent={r.sheetCount ? Math.round((r.confirmedCount / r.sheetCount) * 100) : 0}
                format={() => `${r.confirmedCount}/${r.sheetCount}`}
              />
            ),
          },
        ]}
      />
      {creating && (
        <NewCycleModal onClose={() => setCreating(false)} onDone={(id) => navigate(`/appraisal/cycles/${id}`)} />
      )}
    </>
  );
}
