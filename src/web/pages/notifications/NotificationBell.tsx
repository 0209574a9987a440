import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../i18n';
import { keys } from '../../query/keys';
import { useApiMutation } from '../../query/useApiMutation';
import { useApiQuery } from '../../query/useApiQuery';
import { useRefreshOnNavigation } from '../../query/useRefreshOnNavigation';
import { lazyPanel } from '../../routing/lazyPanel';
import { notificationsApi, type Notice } from './notificationsApi';

// Loaded when the bell first opens (BellList.tsx says why).
const BellList = lazyPanel(() => import('./BellList').then((m) => m.BellList));

const POLL_MS = 60_000;

/** The header's bell: the unread count (every minute and on each navigation), the latest notices, mark read. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  // Quiet: the header says nothing when the count fails; pages show errors.
  const unread = useApiQuery(keys.notifications('unread'), () => notificationsApi.unreadCount(), {
    quiet: true,
    refetchInterval: POLL_MS,
  });
  const count = unread.data?.count ?? 0;
  const { refresh } = unread;
  // Each later navigation asks the count again (the page just done may have made notices).
  useRefreshOnNavigation(refresh);
  const latest =
    useApiQuery(keys.notifications('latest'), () => notificationsApi.list({ pageSize: 8 }), { enabled: open }).data
      ?.data ?? [];
  // Reading one or all changes the count, this list and the notifications page.
  const markRead = useApiMutation((n: Notice) => notificationsApi.markRead(n.id), {
    invalidates: [keys.notifications()],
  });
  const markAll = useApiMutation(() => notificationsApi.markAllRead(), { invalidates: [keys.notifications()] });

  const follow = async (n: Notice) => {
    setOpen(false);
    if (!n.readAt) await markRead.mutateAsync(n).catch(() => undefined); // shown already; follow the link anyway
    if (n.link) navigate(n.link);
  };
  const readAll = () => markAll.mutate(undefined);

  const content = (
    <div style={{ width: 340 }} data-testid="bell-panel">
      <BellList notices={latest} onFollow={follow} />
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
