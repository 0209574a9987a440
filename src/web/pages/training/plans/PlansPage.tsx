import { keys } from '../../../query/keys';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PLAN_AUDIENCES, PLAN_STATUSES } from '../../../../common/training';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useTableQuery } from '../../../components/useTableQuery';
import { testId } from '../../../format';
import { useT } from '../../../i18n';
import { AudienceTag, PlanStatusTag } from '../shared/Tags';
import { trainingApi } from '../shared/trainingApi';
import type { Plan } from '../shared/types';
import { today } from '../shared/time';
import { PlanFormModal } from './PlanFormModal';

/** The phase a plan is in today, if any. */
export const currentPhase = (p: Plan) =>
  p.phases.find((ph) => ph.startDate <= today() && today() <= ph.endDate) ?? null;

export default function PlansPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const list = useTableQuery(keys.training('plans', 'page'), trainingApi.plans.list);
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<Plan> = [
    {
      title: t('training.plans.fields.title'),
      dataIndex: 'title',
      key: 'title',
      render: (v: string, p) => <Link to={`/training/plans/${p.id}`}>{v}</Link>,
    },
    {
      title: t('training.plans.fields.audience'),
      dataIndex: 'audience',
      key: 'audience',
      render: (_, p) => <AudienceTag audience={p.audience} />,
    },
    {
      title: t('training.plans.fields.cohortOrCycle'),
      key: 'cohort',
      responsive: ['md'],
      render: (_, p) =>
        p.cohortName ??
        (p.recurrence !== 'none' ? <Tag>{t(`training.enums.recurrence.${p.recurrence}`)}</Tag> : t('common.none')),
    },
    { title: t('training.plans.fields.period'), key: 'period', render: (_, p) => `${p.startDate} ~ ${p.endDate}` },
    {
      title: t('training.plans.detail.current'),
      key: 'phase',
      responsive: ['lg'],
      render: (_, p) => {
        const ph = currentPhase(p);
        return ph ? <Tag color="processing">{ph.name}</Tag> : t('common.none');
      },
    },
    {
      title: t('training.plans.fields.sessions'),
      dataIndex: 'sessionCount',
      key: 'sessions',
      responsive: ['sm'],
      align: 'right',
    },
    {
      title: t('training.plans.fields.status'),
      dataIndex: 'status',
      key: 'status',
      render: (_, p) => <PlanStatusTag status={p.status} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('training.plans.title')}
        extra={
          can('training.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="plan-add">
              {t('training.plans.add')}
            </Button>
          )
        }
      />
      <div className="sw-toolbar sw-filters">
        <Select
          allowClear
          placeholder={t('training.plans.audienceFilter')}
          value={list.get('audience')}
          onChange={(audience?: string) => list.update({ audience })}
          options={PLAN_AUDIENCES.map((a) => ({ value: a, label: t(`training.enums.audience.${a}`) }))}
          style={{ minWidth: 160 }}
        />
        <Select
          allowClear
          placeholder={t('training.plans.statusFilter')}
          value={list.get('status')}
          onChange={(status?: string) => list.update({ status })}
          options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`training.enums.planStatus.${s}`) }))}
          style={{ minWidth: 140 }}
        />
      </div>
      <Table<Plan>
        columns={columns}
        rowClassName={() => 'sw-clickable-row'}
        onRow={(p) =>
          ({
            onClick: () => navigate(`/training/plans/${p.id}`),
            ...testId('plan-row'),
            'data-plan-title': p.title,
          }) as object
        }
        {...list.tableProps}
      />
      <PlanFormModal
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={(id) => navigate(`/training/plans/${id}`)}
      />
    </>
  );
}
