import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../db/connect.js';
import { startIntervalTask } from '../../../lib/interval-task.js';
import { sweepWarnings } from './sweep.js';

// The early-warning sweep in the background (issue 22 item 5), as mentorship's problem flags: the
// weeks judged come from the business clock inside sweepWarnings, so tests call it directly (or
// POST /api/analytics/warnings/sweep). Weeks are whole, so a few sweeps a day are plenty: a new
// week's decline is flagged within hours of the week ending, and re-sweeps only refresh.
const EVERY_MS = 3 * 60 * 60_000;

export const startWarningSweep = (db: Db, log: FastifyBaseLogger) =>
  startIntervalTask({ name: 'analytics.warningSweep', everyMs: EVERY_MS, run: () => sweepWarnings(db), db, log });
