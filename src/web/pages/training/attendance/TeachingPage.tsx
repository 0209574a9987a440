import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useT, type MsgKey } from '../../../i18n';
import { sessionWhen } from '../shared/time';
import { trainingApi } from '../shared/trainingApi';
import type { Session } from '../shared/types';

/** 考勤: the sessions a trainer teaches (a training manager: all) today, coming up and recently, one tap to the sheet. */
export default function TeachingPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const from = dayjs().subtract(13, 'day').format('YYYY-MM-DD');
  const to = dayjs().add(7, 'day').format('YYYY-MM-DD');
  const { data, loading } = useApiQuery(keys.training('sessions', 'list', 'teaching', from), () =>
    trainingApi.sessions.list({ from, to }),
  );
  const all = can('training.manage');
  const mine = (data ?? []).filter((s) => all || s.mine.teaching);
  const todayKey = dayjs().format('YYYY-MM-DD');
  const day = (s: Session) => dayjs(s.startsAt).format('YYYY-MM-DD');
  const groups: [MsgKey, Session[]][] = [
    ['training.attendance.today', mine.filter((s) => day(s) === todayKey)],
    ['training.attendance.upcoming', mine.filter((s) => day(s) > todayKey)],
    ['training.attendance.recent', mine.filter((s) => day(s) < todayKey).reverse()],
  ];

  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('training.attendance.mySessions')} />
      <Spin spinning={loading}>
        {!loading && mine.length === 0 && <Empty description={t('training.attendance.none')} />}
        {groups
          .filter(([, list]) => list.length)
          .map(([label, list]) => (
            <div key={label} style={{ marginBottom: 16 }}>
              <Typography.Title level={5}>{t(label)}</Typography.Title>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {list.map((s) => (
                  <Card
                    key={s.id}
                    size="small"
                    hoverable
                    onClick={() => navigate(`/training/sessions/${s.id}/attendance`)}
                    data-testid="teaching-session"
                    data-session-id={s.id}
                  >
                    <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
                      <div style={{ flex: 1, minWidth: 0 }}>
                        <Typography.Text strong>{s.title ?? s.courseTitle}</Typography.Text>
                        <div>
                          <Typography.Text type="secondary">
                            {sessionWhen(s.startsAt, s.endsAt)}
                            {s.room ? ` · ${s.room}` : ''}
                          </Typography.Text>
                        </div>
                        <Tag style={{ marginTop: 4 }}>{t('training.common.people', { n: s.enrolledCount })}</Tag>
                      </div>
                      <Button type="primary" size="large">
                        {t('training.attendance.take')}
                        <RightOutlined />
                      </Button>
                    </div>
                  </Card>
                ))}
              </Space>
            </div>
          ))}
      </Spin>
    </div>
  );
}
