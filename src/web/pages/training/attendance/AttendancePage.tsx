import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { ArrowLeftOutlined, CheckOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadFailedResult, NotFoundResult, PageSpin } from '../../../components/Results';
import { showError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { sessionWhen } from '../shared/time';
import { trainingApi } from '../shared/trainingApi';
import type { AttendanceStatusName } from '../shared/types';
import '../training.css';
import { PersonMark, timed, type Mark } from './PersonMark';

const OPENS_BEFORE_MIN = 30; // setting training.attendanceOpensMinutesBefore (default); the server decides

/** 考勤: the trainer marks each person on a phone and saves once. */
export default function AttendancePage() {
  const t = useT();
  const { id = '' } = useParams();
  const {
    data: s,
    error,
    reload,
  } = useApiQuery(keys.training('sessions', 'get', id), () => trainingApi.sessions.get(id), { quiet: true });
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const [saving, setSaving] = useState(false);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    if (!s) return;
    setMarks(
      Object.fromEntries(
        s.people.map((p) => [
          p.employeeId,
          { status: p.attendance?.status ?? null, minutes: p.attendance?.minutes ?? null },
        ]),
      ),
    );
  }, [s]);

  if (error?.status === 404) return <NotFoundResult title={t('training.sessions.detail.notFound')} />;
  if (error) return <LoadFailedResult onRetry={reload} />;
  if (!s) return <PageSpin />;

  const open = dayjs().isAfter(dayjs(s.startsAt).subtract(OPENS_BEFORE_MIN, 'minute'));
  const count = (st: AttendanceStatusName | null) =>
    s.people.filter((p) => (marks[p.employeeId]?.status ?? null) === st).length;
  const marked = s.people.filter((p) => marks[p.employeeId]?.status);
  const missing = (pid: string) => timed(marks[pid]?.status ?? null) && !marks[pid]?.minutes;

  const allPresent = () =>
    setMarks((m) =>
      Object.fromEntries(
        s.people.map((p) => {
          const cur = m[p.employeeId];
          if (cur?.status) return [p.employeeId, cur];
          return [p.employeeId, { status: p.leave?.status === 'approved' ? 'on_leave' : 'present', minutes: null }];
        }),
      ),
    );

  const save = async () => {
    setTried(true);
    if (marked.some((p) => missing(p.employeeId))) return;
    setSaving(true);
    try {
      const records = marked.map((p) => {
        const m = marks[p.employeeId];
        return { employeeId: p.employeeId, status: m.status!, minutes: timed(m.status) ? m.minutes : null };
      });
      const r = await trainingApi.sessions.attendance(s.id, records);
      showSuccess(t('training.attendance.saved', { n: r.recorded }));
      setTried(false);
      reload();
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="tr-att" data-testid="attendance-page" data-session-id={s.id}>
      <Link to={`/training/sessions/${s.id}`}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('training.common.back')}
        </Button>
      </Link>
      <Typography.Title level={4} style={{ margin: '4px 0' }} data-testid="attendance-title">
        {s.title ?? s.courseTitle}
      </Typography.Title>
      <Typography.Text type="secondary">
        {sessionWhen(s.startsAt, s.endsAt)}
        {s.room ? ` · ${s.room}` : ''} · {t('training.common.people', { n: s.people.length })}
      </Typography.Text>
      {!open && (
        <Alert
          type="info"
          showIcon
          title={t('training.attendance.notOpen')}
          style={{ marginTop: 12 }}
          data-testid="attendance-not-open"
        />
      )}
      <div style={{ display: 'flex', justifyContent: 'flex-end', margin: '12px 0' }}>
        <Button
          size="large"
          icon={<CheckOutlined />}
          onClick={allPresent}
          disabled={!open}
          data-testid="att-all-present"
        >
          {t('training.attendance.allPresent')}
        </Button>
      </div>
      {s.people.length === 0 && <Empty description={t('training.attendance.nobody')} />}
      {s.people.map((p) => (
        <PersonMark
          key={p.employeeId}
          person={p}
          mark={marks[p.employeeId] ?? { status: null, minutes: null }}
          missingMinutes={tried && missing(p.employeeId)}
          onChange={(m) => setMarks((prev) => ({ ...prev, [p.employeeId]: m }))}
        />
      ))}
      <div className="tr-att-bar">
        <div className="tr-att-bar-inner">
          <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="att-summary">
            {t('training.attendance.summary', {
              present: count('present'),
              late: count('late'),
              early: count('left_early'),
              absent: count('absent'),
              leave: count('on_leave'),
              unset: count(null),
            })}
          </Typography.Text>
          {tried && marked.some((p) => missing(p.employeeId)) && (
            <Typography.Text type="danger" data-testid="att-missing-minutes">
              {t('training.attendance.needMinutes')}
            </Typography.Text>
          )}
          <Button
            type="primary"
            block
            loading={saving}
            disabled={!open || marked.length === 0}
            onClick={save}
            data-testid="att-save"
          >
            {t('training.attendance.save')}
          </Button>
        </div>
      </div>
    </div>
  );
}
