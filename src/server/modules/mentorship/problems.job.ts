import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/connect.js';
import { startIntervalTask } from '../../lib/interval-task.js';
import { flagOpenProblems } from '../training/mentoring/problem-flags.js';

// The morning flag of shadowing problems not closed on their day (SPEC §7; the rule and its
// idempotence are in training/mentoring/problem-flags.ts). A timer, as the appraisal's reminders:
// what is due is decided by the business clock inside flagOpenProblems, so tests call it directly.
// Machine time here only says how long to sleep between runs; a run with nothing due is one query.
const EVERY_MS = 15 * 60_000;

export const startProblemFlags = (db: Db, log: FastifyBaseLogger) =>
  startIntervalTask({
    name: 'mentorship.problemFlags',
    everyMs: EVERY_MS,
    run: () => flagOpenProblems(db),
    db,
    log,
  });
