import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ATTENDED } from '../../../../common/training';
import { useT } from '../../../i18n';
import { FeedbackModal } from '../shared/FeedbackModal';
import { LeaveRequestModal } from '../shared/LeaveRequestModal';
import { AttendanceTag, LeaveTag } from '../shared/Tags';
import { isPast, sessionWhen } from '../shared/time';
import type { TrainingRecord } from '../shared/types';

type RecordSession = TrainingRecord['sessions'][number];
const target = (s: RecordSession) => ({
  id: s.sessionId,
  title: s.courseTitle,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
});

/** My sessions still to come, each with its leave state and a way to ask for leave. */
export function UpcomingSessions({ sessions, onChanged }: { sessions: RecordSession[]; onChanged: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState<RecordSession | null>(null);
  const upcoming = sessions.filter((s) => s.sessionStatus === 'scheduled' && !isPast(s.endsAt) && !s.attendance);
  if (!upcoming.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.my.noUpcoming')} />;
  return (
    <>
      <List
        dataSource={upcoming}
        renderItem={(s) => (
          <List.Item
            data-testid="my-upcoming"
            data-session-id={s.sessionId}
            actions={[
              !s.leave || s.leave.status === 'withdrawn' ? (
                <Button key="leave" onClick={() => setAsking(s)} data-testid="my-request-leave">
                  {t('training.leave.request')}
                </Button>
              ) : (
                <LeaveTag key="tag" status={s.leave.status} late={s.leave.late} />
              ),
            ]}
          >
            <List.Item.Meta
              title={<Link to={`/training/sessions/${s.sessionId}`}>{s.courseTitle}</Link>}
              description={`${sessionWhen(s.startsAt, s.endsAt)} · ${s.trainerName}${s.room ? ` · ${s.room}` : ''}`}
            />
          </List.Item>
        )}
      />
      <LeaveRequestModal
        session={asking && target(asking)}
        onClose={() => setAsking(null)}
        onDone={() => {
          setAsking(null);
          onChanged();
        }}
      />
    </>
  );
}

/** Sessions I attended and have not rated yet. */
export function FeedbackDue({ sessions, onChanged }: { sessions: RecordSession[]; onChanged: () => void }) {
  const t = useT();
  const [rating, setRating] = useState<RecordSession | null>(null);
  const due = sessions.filter((s) => s.attendance && ATTENDED.includes(s.attendance) && !s.feedbackGiven).reverse();
  if (!due.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.my.noFeedbackDue')} />;
  return (
    <>
      <List
        dataSource={due}
        renderItem={(s) => (
          <List.Item
            data-testid="my-feedback-due"
            data-session-id={s.sessionId}
            actions={[
              <Button key="rate" type="primary" ghost onClick={() => setRating(s)} data-testid="my-give-feedback">
                {t('training.my.giveFeedback')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={s.courseTitle}
              description={
                <Space size={4} wrap>
                  <Typography.Text type="secondary">
                    {sessionWhen(s.startsAt, s.endsAt)} · {s.trainerName}
                  </Typography.Text>
                  <AttendanceTag status={s.attendance} minutes={s.minutes} />
                </Space>
              }
            />
          </List.Item>
        )}
      />
      <FeedbackModal
        session={rating && { id: rating.sessionId, title: rating.courseTitle }}
        onClose={() => setRating(null)}
        onDone={() => {
          setRating(null);
          onChanged();
        }}
      />
    </>
  );
}

export const Count = ({ n }: { n: number }) =>
  n ? (
    <Tag color="blue" style={{ marginInlineStart: 6 }}>
      {n}
    </Tag>
  ) : null;
