import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api';
import { showError } from '../../../feedback';
import { examsApi, type Answer } from '../examsApi';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying';
const DEBOUNCE_MS = 600;
const RETRY_MS = 2000;

/**
 * Saves answers as the examinee goes: one debounced PUT per question with an increasing
 * clientSeq (time based, so it keeps increasing across reloads); network errors are retried.
 * `onServerTime` gets the server's clock of each save (to re-sync the countdown); `onOver` is
 * called once the server says the attempt is over (TIME_UP, ATTEMPT_SUBMITTED).
 */
export function useAnswerSaver(attemptId: string, onServerTime: (iso: string) => void, onOver: (code: string) => void) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef(new Map<string, { body: Answer; timer?: number }>());
  const inflight = useRef(0);
  const seq = useRef(0);
  const over = useRef(false);
  const cb = useRef({ onServerTime, onOver });
  cb.current = { onServerTime, onOver };

  const refresh = () => setState(pending.current.size ? 'pending' : inflight.current ? 'saving' : 'saved');

  const send = useCallback(
    async (questionId: string) => {
      const entry = pending.current.get(questionId);
      if (!entry || over.current) return;
      window.clearTimeout(entry.timer);
      pending.current.delete(questionId);
      seq.current = Math.max(seq.current + 1, Date.now());
      const body = { ...entry.body, clientSeq: seq.current };
      inflight.current += 1;
      setState('saving');
      try {
        const r = await examsApi.save(attemptId, questionId, body);
        cb.current.onServerTime(r.savedAt);
      } catch (err) {
        if (err instanceof ApiError && (err.errorCode === 'TIME_UP' || err.errorCode === 'ATTEMPT_SUBMITTED')) {
          over.current = true;
          cb.current.onOver(err.errorCode);
        } else if (err instanceof ApiError && (err.status === 0 || err.status >= 500)) {
          // Network trouble: keep the newest answer and try again.
          if (!pending.current.has(questionId)) {
            pending.current.set(questionId, {
              body: entry.body,
              timer: window.setTimeout(() => void send(questionId), RETRY_MS),
            });
          }
          inflight.current -= 1;
          setState('retrying');
          return;
        } else showError(err);
      }
      inflight.current -= 1;
      refresh();
    },
    [attemptId],
  );

  const change = useCallback(
    (questionId: string, body: Answer) => {
      if (over.current) return;
      const old = pending.current.get(questionId);
      window.clearTimeout(old?.timer);
      pending.current.set(questionId, { body, timer: window.setTimeout(() => void send(questionId), DEBOUNCE_MS) });
      setState('pending');
    },
    [send],
  );

  /** Send everything still waiting (before submitting). */
  const flush = useCallback(async () => {
    await Promise.all([...pending.current.keys()].map((q) => send(q)));
    while (inflight.current > 0) await new Promise((r) => setTimeout(r, 50));
  }, [send]);

  useEffect(
    () => () => {
      for (const e of pending.current.values()) window.clearTimeout(e.timer);
    },
    [],
  );
  return {
    state,
    change,
    flush,
    stop: () => {
      over.current = true;
    },
  };
}
