import { Button, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../../../access';
import { testId } from '../../../format';
import { useT } from '../../../i18n';
import { useSession } from '../../../session';
import { ModeTag } from '../shared/Tags';
import type { Assignment } from '../shared/types';

export type AssignmentAction = 'log' | 'replace' | 'end' | 'rate';
const STATUS_COLORS = { active: 'processing', ended: 'default', replaced: 'orange' } as const;

/** Mentoring assignments with what the user may do on each. */
export function AssignmentsTable({
  rows,
  loading,
  onAction,
}: {
  rows: Assignment[];
  loading?: boolean;
  onAction: (a: Assignment, what: AssignmentAction) => void;
}) {
  const t = useT();
  const can = useCan();
  const { me } = useSession();
  const manage = can('training.manage');
  const columns: TableColumnsType<Assignment> = [
    {
      title: t('training.mentoring.fields.trainee'),
      dataIndex: 'traineeName',
      key: 'trainee',
      render: (v: string, a) => <Link to={`/training/records/${a.traineeId}`}>{v}</Link>,
    },
    { title: t('training.mentoring.fields.mentor'), dataIndex: 'mentorName', key: 'mentor' },
    {
      title: t('training.mentoring.fields.mode'),
      key: 'mode',
      render: (_, a) =>
        a.reason ? (
          <Tooltip title={t('training.mentoring.coachingReasonLabel', { reason: a.reason })}>
            <span data-testid="coaching-mode">
              <ModeTag mode={a.mode} />
            </span>
          </Tooltip>
        ) : (
          <ModeTag mode={a.mode} />
        ),
    },
    {
      title: t('training.mentoring.fields.start'),
      dataIndex: 'startDate',
      key: 'start',
      responsive: ['md'],
      render: (v: string, a) => (a.endDate ? `${v} ~ ${a.endDate}` : v),
    },
    {
      title: t('training.mentoring.fields.hours'),
      dataIndex: 'hoursTotal',
      key: 'hours',
      align: 'right',
      render: (v: number) => t('training.common.hours', { n: v }),
    },
    {
      title: t('training.mentoring.fields.openProblems'),
      dataIndex: 'openProblems',
      key: 'open',
      align: 'right',
      render: (v: number) => (v ? <Tag color="orange">{v}</Tag> : 0),
    },
    {
      title: t('training.mentoring.fields.rating'),
      dataIndex: 'rating',
      key: 'rating',
      responsive: ['lg'],
      render: (v: number | null) => (v ? `${v} / 5` : t('common.none')),
    },
    {
      title: t('training.mentoring.fields.status'),
      key: 'status',
      render: (_, a) => <Tag color={STATUS_COLORS[a.status]}>{t(`training.enums.assignmentStatus.${a.status}`)}</Tag>,
    },
    {
      key: 'actions',
      fixed: 'right',
      render: (_, a) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onAction(a, 'log')} data-testid="assignment-log">
            {t('training.mentoring.log')}
          </Button>
          {manage && a.status === 'active' && (
            <Button type="link" size="small" onClick={() => onAction(a, 'replace')} data-testid="assignment-replace">
              {t('training.mentoring.replace')}
            </Button>
          )}
          {manage && a.status === 'active' && (
            <Button type="link" size="small" onClick={() => onAction(a, 'end')}>
              {t('training.mentoring.end')}
            </Button>
          )}
          {a.traineeId === me?.employeeId && a.rating === null && (
            <Button type="link" size="small" onClick={() => onAction(a, 'rate')} data-testid="assignment-rate">
              {t('training.mentoring.rate')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<Assignment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={rows.length > 20 ? { pageSize: 20, showTotal: (n) => t('common.table.total', { total: n }) } : false}
      onRow={(a) =>
        ({
          ...testId('assignment-row'),
          'data-assignment-id': a.id,
          'data-trainee-id': a.traineeId,
          'data-status': a.status,
        }) as object
      }
    />
  );
}
