import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { showError } from '../../feedback';
import { localTime } from '../../format';
import { useT } from '../../i18n';
import { NOTICES_CHANGED, noticeText, notificationsApi, type Notice } from './notificationsApi';

const POLL_MS = 60_000;

/** The header's bell: the unread count (every minute and on each navigation), the latest notices, mark read. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [count, setCount] = useState(0);
  const [open, setOpen] = useState(false);
  const [latest, setLatest] = useState<Notice[]>([]);

  const refresh = useCallback(() => {
    notificationsApi
      .unreadCount()
      .then((r) => setCount(r.count))
      .catch(() => {
        /* the header stays quiet; pages show errors */
      });
  }, []);
  useEffect(() => {
    refresh();
  }, [pathname, refresh]);
  useEffect(() => {
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener(NOTICES_CHANGED, refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(NOTICES_CHANGED, refresh);
    };
  }, [refresh]);
  useEffect(() => {
    if (open)
      notificationsApi
        .list({ pageSize: 8 })
        .then((p) => setLatest(p.data))
        .catch(showError);
  }, [open]);

  const follow = async (n: Notice) => {
    setOpen(false);
    try {
      if (!n.readAt) await notificationsApi.markRead(n.id);
    } catch (err) {
      showError(err);
    }
    refresh();
    if (n.link) navigate(n.link);
  };
  const readAll = async () => {
    try {
      await notificationsApi.markAllRead();
      setLatest((l) => l.map((n) => ({ ...n, readAt: n.readAt ?? new Date().toISOString() })));
      refresh();
    } catch (err) {
      showError(err);
    }
  };

  const content = (
    <div style={{ width: 340 }} data-testid="bell-panel">
      <List
        size="small"
        dataSource={latest}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
        renderItem={(n) => (
          <List.Item
            style={{ cursor: 'pointer' }}
            onClick={() => follow(n)}
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
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="bell-all">
          {t('notifications.viewAll')}
        </Link>
        <Button size="small" type="link" disabled={!count} onClick={readAll} data-testid="bell-read-all">
          {t('notifications.markAllRead')}
        </Button>
      </Space>
    </div>
  );
  return (
    <Popover
      content={content}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
      title={t('notifications.title')}
    >
      <Button
        type="text"
        aria-label={t('notifications.bell')}
        data-testid="bell"
        data-count={count}
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
