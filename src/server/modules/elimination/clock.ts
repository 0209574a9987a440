// The server's clock for elimination cases: "today", the notice window and appeal deadlines are
// read from here. Tests move it (setCaseClock) to walk a case through a notice period — the
// 2026 Spring Festival — without waiting for real days to pass.
import type { Db } from '../../db/connect.js';
import { centerOffset, localDate } from '../../lib/clock.js';

let clock: () => number = () => Date.now();

export const caseNowIso = () => new Date(clock()).toISOString();
export const caseToday = async (db: Db) => localDate(caseNowIso(), await centerOffset(db));

/** For tests: a fixed instant; call with no argument to go back to real time. */
export function setCaseClock(instant?: string) {
  clock = instant ? () => Date.parse(instant) : () => Date.now();
}
