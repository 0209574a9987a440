import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/connect.js';
import { flagOpenProblems } from '../training/mentoring/problem-flags.js';

// The morning flag of shadowing problems not closed on their day (SPEC §7; the rule and its
// idempotence are in training/mentoring/problem-flags.ts). A timer, as the appraisal's reminders:
// what is due is decided by the business clock inside flagOpenProblems, so tests call it directly.
// Machine time here only says how long to sleep between runs; a run with nothing due is one query.
const EVERY_MS = 15 * 60_000;

export function startProblemFlags(db: Db, log: FastifyBaseLogger) {
  let round: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (round) return;
    round = flagOpenProblems(db)
      .catch((err: unknown) => log.error({ err }, 'mentoring problem flags failed'))
      .finally(() => (round = null));
  }, EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
