import { Empty, List, Space, Typography } from 'antd';
import { localTime } from '../../format';
import { useT } from '../../i18n';
import { noticeText, type Notice } from './notificationsApi';

/**
 * The latest notices inside the bell's popover. A file of its own so the header loads it only
 * when the bell opens: antd's List brings Pagination and Select (~35 KB gzip) into every page.
 */
export function BellList({ notices, onFollow }: { notices: Notice[]; onFollow: (n: Notice) => void }) {
  const t = useT();
  return (
    <List
      size="small"
      dataSource={notices}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
      renderItem={(n) => (
        <List.Item
          style={{ cursor: 'pointer' }}
          onClick={() => onFollow(n)}
          data-testid="bell-item"
          data-kind={n.kind}
          data-read={!!n.readAt}
        >
          <Space direction="vertical" size={0}>
            <Typography.Text strong={!n.readAt}>{noticeText(n)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {localTime(n.createdAt)}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
