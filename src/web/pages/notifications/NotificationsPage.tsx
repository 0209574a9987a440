import { keys } from '../../query/keys';
import { Button, Switch, Space, Table, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useTableQuery } from '../../components/useTableQuery';
import { localTime } from '../../format';
import { useT } from '../../i18n';
import { useApiMutation } from '../../query/useApiMutation';
import { noticeText, notificationsApi, type Notice } from './notificationsApi';

/** 通知: all my notices, paged, unread first filter; open one (marks it read) or mark all read. */
export default function NotificationsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { get, update, tableProps } = useTableQuery<Notice>(keys.notifications('page'), (q) =>
    notificationsApi.list(q),
  );
  const unread = get('unread') === 'true';
  // Reading one or all changes this page, the bell's count and its latest notices.
  const acting = useApiMutation((work: () => Promise<unknown>) => work(), { invalidates: [keys.notifications()] });
  const act = (work: () => Promise<unknown>) => acting.mutate(work);
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        extra={
          <Space>
            <Space>
              <Switch
                checked={unread}
                onChange={(v) => update({ unread: v ? 'true' : undefined })}
                data-testid="notices-unread"
              />
              {t('notifications.unreadOnly')}
            </Space>
            <Button onClick={() => act(notificationsApi.markAllRead)} data-testid="notices-read-all">
              {t('notifications.markAllRead')}
            </Button>
          </Space>
        }
      />
      <Table<Notice>
        {...tableProps}
        data-testid="notices"
        locale={{ emptyText: t('notifications.empty') }}
        onRow={(n) => ({ 'data-testid': 'notice-row', 'data-kind': n.kind, 'data-read': !!n.readAt }) as object}
        columns={[
          {
            title: '',
            dataIndex: 'readAt',
            width: 80,
            render: (v: string | null) =>
              v ? <Tag>{t('notifications.read')}</Tag> : <Tag color="blue">{t('notifications.unread')}</Tag>,
          },
          { title: t('notifications.title'), key: 'text', render: (_, n) => noticeText(n) },
          { title: '', dataIndex: 'createdAt', render: (v: string) => localTime(v) },
          {
            title: '',
            key: 'a',
            render: (_, n) => (
              <Space>
                {n.link && (
                  <Button
                    size="small"
                    onClick={() =>
                      act(async () => {
                        if (!n.readAt) await notificationsApi.markRead(n.id);
                        navigate(n.link!);
                      })
                    }
                  >
                    {t('notifications.open')}
                  </Button>
                )}
                {!n.readAt && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => act(() => notificationsApi.markRead(n.id))}
                    data-testid="notice-mark-read"
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
