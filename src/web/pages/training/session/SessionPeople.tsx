import { Button, Popconfirm, Table, type TableColumnsType } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { testId } from '../../../format';
import { useT } from '../../../i18n';
import { AttendanceTag, LeaveTag } from '../shared/Tags';
import type { SessionPerson } from '../shared/types';

/** The people enrolled in a session with their attendance, leave and whether they gave feedback. */
export function SessionPeople({
  people,
  onRemove,
}: {
  people: SessionPerson[];
  onRemove?: (p: SessionPerson) => void;
}) {
  const t = useT();
  const columns: TableColumnsType<SessionPerson> = [
    {
      title: t('people.fields.employeeNo'),
      dataIndex: 'employeeNo',
      key: 'no',
      width: 100,
      render: (v: string) => <span className="sw-mono">{v}</span>,
    },
    {
      title: t('people.fields.name'),
      dataIndex: 'name',
      key: 'name',
      render: (v: string, p) => <Link to={`/training/records/${p.employeeId}`}>{v}</Link>,
    },
    { title: t('training.sessions.detail.team'), dataIndex: 'teamName', key: 'team', responsive: ['md'] },
    {
      title: t('training.sessions.detail.attendance'),
      key: 'att',
      render: (_, p) => <AttendanceTag status={p.attendance?.status ?? null} minutes={p.attendance?.minutes} />,
    },
    {
      title: t('training.sessions.detail.leave'),
      key: 'leave',
      render: (_, p) => (p.leave ? <LeaveTag status={p.leave.status} late={p.leave.late} /> : null),
    },
    {
      title: t('training.sessions.detail.feedbackGiven'),
      key: 'fb',
      align: 'center',
      responsive: ['sm'],
      render: (_, p) => (p.feedbackGiven ? <CheckOutlined style={{ color: '#389e0d' }} /> : null),
    },
  ];
  if (onRemove) {
    columns.push({
      key: 'actions',
      fixed: 'right',
      render: (_, p) => (
        <Popconfirm
          title={t('training.sessions.detail.removeConfirm', { name: p.name })}
          onConfirm={() => onRemove(p)}
          okText={t('common.actions.ok')}
          cancelText={t('common.actions.cancel')}
        >
          <Button type="link" size="small" danger disabled={!!p.attendance}>
            {t('training.sessions.detail.remove')}
          </Button>
        </Popconfirm>
      ),
    });
  }
  return (
    <Table<SessionPerson>
      rowKey="employeeId"
      size="small"
      columns={columns}
      dataSource={people}
      pagination={people.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 'max-content' }}
      onRow={(p) =>
        ({
          ...testId('session-person'),
          'data-employee-id': p.employeeId,
          'data-attendance': p.attendance?.status ?? '',
        }) as object
      }
    />
  );
}
