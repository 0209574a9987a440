import { PlusOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../i18n';
import { timeRange } from '../shared/time';
import type { Session } from '../shared/types';

/** A week as seven day columns (one column on a phone), each with its sessions in time order. */
export function WeekGrid({
  monday,
  sessions,
  onOpen,
  onAdd,
}: {
  monday: Dayjs;
  sessions: Session[];
  onOpen: (s: Session) => void;
  /** Offered on each day when the user may schedule. */
  onAdd?: (day: Dayjs) => void;
}) {
  const t = useT();
  const days = Array.from({ length: 7 }, (_, i) => monday.add(i, 'day'));
  const todayKey = dayjs().format('YYYY-MM-DD');

  return (
    <div className="tr-week" data-testid="week-grid" data-week={monday.format('YYYY-MM-DD')}>
      {days.map((d) => {
        const key = d.format('YYYY-MM-DD');
        const daySessions = sessions.filter((s) => dayjs(s.startsAt).format('YYYY-MM-DD') === key);
        const classes = [
          'tr-day',
          key === todayKey ? 'tr-day-today' : '',
          d.day() === 0 || d.day() === 6 ? 'tr-day-weekend' : '',
        ].join(' ');
        return (
          <div key={key} className={classes} data-testid="week-day" data-date={key} data-count={daySessions.length}>
            <div className="tr-day-head">
              <span>{d.format('ddd MM-DD')}</span>
              {onAdd && (
                <Tooltip title={t('training.sessions.addOnDay')}>
                  <Button
                    size="small"
                    type="text"
                    icon={<PlusOutlined />}
                    onClick={() => onAdd(d)}
                    data-testid="week-day-add"
                  />
                </Tooltip>
              )}
            </div>
            <div className="tr-day-body">
              {daySessions.length === 0 && <div className="tr-day-empty">{t('training.sessions.empty')}</div>}
              {daySessions.map((s) => (
                <div
                  key={s.id}
                  className={`tr-session tr-area-${s.contentArea}`}
                  role="button"
                  tabIndex={0}
                  onClick={() => onOpen(s)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') onOpen(s);
                  }}
                  data-testid="week-session"
                  data-session-id={s.id}
                  data-course-code={s.courseCode}
                >
                  <div className="tr-session-time">{timeRange(s.startsAt, s.endsAt)}</div>
                  <div className="tr-session-title">{s.title ?? s.courseTitle}</div>
                  <div className="tr-session-meta">
                    {s.trainerName}
                    {s.room ? ` · ${s.room}` : ''}
                  </div>
                  <div className="tr-session-meta">
                    {t('training.common.people', { n: s.enrolledCount })}
                    {s.mine.teaching && (
                      <Tag color="blue" style={{ marginInlineStart: 6 }}>
                        {t('training.sessions.teaching')}
                      </Tag>
                    )}
                    {s.mine.enrolled && (
                      <Tag color="green" style={{ marginInlineStart: 6 }}>
                        {t('training.sessions.attending')}
                      </Tag>
                    )}
                  </div>
                </div>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
