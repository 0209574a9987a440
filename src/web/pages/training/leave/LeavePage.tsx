import { keys } from '../../../query/keys';
import { Button, Popconfirm, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { LEAVE_STATUSES } from '../../../../common/training';
import { useCan } from '../../../access';
import type { Query } from '../../../api';
import { PageHeader } from '../../../components/PageHeader';
import { useTableQuery } from '../../../components/useTableQuery';
import { showError, showSuccess } from '../../../feedback';
import { localTime, testId } from '../../../format';
import { useT } from '../../../i18n';
import { useSession } from '../../../session';
import { LeaveTag } from '../shared/Tags';
import { dateTime } from '../shared/time';
import { trainingApi } from '../shared/trainingApi';
import type { Leave } from '../shared/types';
import { DecisionModal } from './DecisionModal';

/** 请假: the training manager's approval queue (pending first), or a person's own requests. */
export default function LeavePage() {
  const t = useT();
  const can = useCan();
  const { me } = useSession();
  const manage = can('training.manage');
  const fallback = manage ? 'pending' : 'all';
  const load = (q: Query) =>
    trainingApi.leave.list({ ...q, status: (q.status ?? fallback) === 'all' ? undefined : (q.status ?? fallback) });
  const list = useTableQuery(keys.training('leave', 'page'), load);
  const [deciding, setDeciding] = useState<{ leave: Leave; decision: 'approve' | 'refuse' } | null>(null);
  const status = list.get('status') ?? fallback;

  const withdraw = async (l: Leave) => {
    try {
      await trainingApi.leave.withdraw(l.id);
      showSuccess(t('training.leave.withdrawn'));
      list.reload();
    } catch (err) {
      showError(err);
    }
  };

  const columns: TableColumnsType<Leave> = [
    {
      title: t('training.leave.fields.person'),
      dataIndex: 'employeeName',
      key: 'person',
      render: (v: string, l) => <Link to={`/training/records/${l.employeeId}`}>{v}</Link>,
    },
    {
      title: t('training.leave.fields.session'),
      key: 'session',
      render: (_, l) => (
        <>
          <Link to={`/training/sessions/${l.sessionId}`}>{l.sessionTitle}</Link>
          <div>
            <Typography.Text type="secondary">{dateTime(l.startsAt)}</Typography.Text>
          </div>
        </>
      ),
    },
    { title: t('training.leave.fields.reason'), dataIndex: 'reason', key: 'reason' },
    {
      title: t('training.leave.fields.requestedAt'),
      dataIndex: 'requestedAt',
      key: 'requestedAt',
      responsive: ['md'],
      render: localTime,
    },
    {
      title: t('training.leave.fields.status'),
      key: 'status',
      render: (_, l) => <LeaveTag status={l.status} late={l.late} />,
    },
    {
      title: t('training.leave.fields.decisionNote'),
      key: 'note',
      responsive: ['lg'],
      render: (_, l) =>
        l.decidedAt ? (
          <>
            {l.decisionNote ?? ''}
            <div>
              <Typography.Text type="secondary">{localTime(l.decidedAt)}</Typography.Text>
            </div>
          </>
        ) : null,
    },
    {
      key: 'actions',
      fixed: 'right',
      render: (_, l) =>
        l.status === 'pending' && (
          <Space size={0}>
            {manage && (
              <Button
                type="link"
                size="small"
                onClick={() => setDeciding({ leave: l, decision: 'approve' })}
                data-testid="leave-approve"
              >
                {t('training.leave.approve')}
              </Button>
            )}
            {manage && (
              <Button
                type="link"
                size="small"
                danger
                onClick={() => setDeciding({ leave: l, decision: 'refuse' })}
                data-testid="leave-refuse"
              >
                {t('training.leave.refuse')}
              </Button>
            )}
            {l.employeeId === me?.employeeId && (
              <Popconfirm
                title={t('training.leave.withdrawConfirm')}
                onConfirm={() => withdraw(l)}
                okText={t('common.actions.ok')}
                cancelText={t('common.actions.cancel')}
              >
                <Button type="link" size="small" data-testid="leave-withdraw">
                  {t('training.leave.withdraw')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t(manage ? 'training.leave.queue' : 'training.leave.mine')} />
      <div className="sw-toolbar">
        <Segmented
          value={status}
          onChange={(v) => list.update({ status: v === fallback ? undefined : String(v) })}
          options={[
            ...LEAVE_STATUSES.map((s) => ({ value: s, label: t(`training.enums.leave.${s}`) })),
            { value: 'all', label: t('training.leave.all') },
          ]}
          data-testid="leave-status-filter"
        />
      </div>
      <Table<Leave>
        columns={columns}
        onRow={(l) =>
          ({
            ...testId('leave-row'),
            'data-leave-id': l.id,
            'data-status': l.status,
            'data-late': String(l.late),
            'data-employee-id': l.employeeId,
          }) as object
        }
        {...list.tableProps}
      />
      {deciding && (
        <DecisionModal
          leave={deciding.leave}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}
