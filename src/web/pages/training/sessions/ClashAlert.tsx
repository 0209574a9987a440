import { Alert, Spin } from 'antd';
import { ApiError } from '../../../api';
import { errorText } from '../../../feedback';
import { useT } from '../../../i18n';
import { sessionWhen } from '../shared/time';
import type { Clash } from '../shared/types';

export const CLASH_CODES = ['TRAINER_CLASH', 'ROOM_CLASH', 'TRAINEE_CLASH'];
export const isClash = (err: unknown): err is ApiError =>
  err instanceof ApiError && CLASH_CODES.includes(err.errorCode);

/** One line per clash: what, who, and the other session. */
function ClashLines({ clashes }: { clashes: Clash[] }) {
  const t = useT();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {clashes.map((c, i) => (
        <li key={`${c.kind}-${c.session.id}-${i}`} data-testid="session-clash" data-kind={c.kind}>
          <b>{t(`training.sessions.clashKind.${c.kind}`)}</b>：
          {t('training.sessions.clashLine', {
            who: c.who,
            time: sessionWhen(c.session.startsAt, c.session.endsAt),
            title: c.session.title,
          })}
          {c.session.room && t('training.sessions.clashRoom', { room: c.session.room })}
        </li>
      ))}
    </ul>
  );
}

/** What the booking would collide with, checked before saving (POST /sessions/check). */
export function ClashAlert({ clashes, checking }: { clashes: Clash[] | null; checking: boolean }) {
  const t = useT();
  if (checking && !clashes) return <Spin size="small" description={t('training.sessions.checking')} />;
  if (!clashes) return null;
  if (!clashes.length) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('training.sessions.noClash')}
        data-testid="session-clashes"
        data-count="0"
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="session-clashes"
      data-count={clashes.length}
      title={t('training.sessions.clashTitle', { n: clashes.length })}
      description={<ClashLines clashes={clashes} />}
    />
  );
}

/**
 * The server's 409 after all: its code in words and the clashes named, in the user's language
 * (the server's own message, in English, when the clashes could not be listed).
 */
export function ClashRefused({ error, clashes }: { error: ApiError; clashes: Clash[] | null }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      data-testid="session-clash-error"
      data-code={error.errorCode}
      title={`${t('training.sessions.clashRefused')}：${errorText(error)}`}
      description={clashes?.length ? <ClashLines clashes={clashes} /> : error.message}
      style={{ marginBottom: 12 }}
    />
  );
}
