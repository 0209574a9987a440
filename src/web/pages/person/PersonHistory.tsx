import { ArrowRightOutlined } from '@ant-design/icons';
import { Space, Table, Timeline, Typography } from 'antd';
import { StatusTag } from '../../components/Tags';
import { useT } from '../../i18n';
import type { EmployeeDetail } from '../../types';
import { systemReason } from './systemReasons';

const useReason = () => {
  const t = useT();
  return (reason: string) => {
    const known = systemReason(reason);
    return known ? t(known.key, known.vars) : reason;
  };
};

export function StatusHistory({ items }: { items: EmployeeDetail['statusHistory'] }) {
  const t = useT();
  const reasonText = useReason();
  return (
    <Timeline
      data-testid="status-history"
      items={items.map((h) => ({
        key: h.id,
        content: (
          <>
            <Space size={4} wrap>
              <Typography.Text strong style={{ marginRight: 4 }}>
                {h.effectiveDate}
              </Typography.Text>
              {h.fromStatus && <StatusTag status={h.fromStatus} />}
              {h.fromStatus && <ArrowRightOutlined style={{ color: '#999' }} />}
              <StatusTag status={h.toStatus} />
            </Space>
            <div>{reasonText(h.reason)}</div>
            {h.changedBy && (
              <Typography.Text type="secondary">{t('people.person.byName', { name: h.changedBy })}</Typography.Text>
            )}
          </>
        ),
      }))}
    />
  );
}

export function TeamHistory({ items }: { items: EmployeeDetail['teamHistory'] }) {
  const t = useT();
  const reasonText = useReason();
  const none = t('common.none');
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('people.fields.effectiveDate'), dataIndex: 'effectiveDate' },
        { title: t('people.person.fromTeam'), dataIndex: 'fromTeamName', render: (v: string | null) => v ?? none },
        { title: t('people.person.toTeam'), dataIndex: 'toTeamName' },
        { title: t('people.fields.reason'), dataIndex: 'reason', render: reasonText },
        { title: t('people.person.changedBy'), dataIndex: 'changedBy', render: (v: string | null) => v ?? none },
      ]}
    />
  );
}
