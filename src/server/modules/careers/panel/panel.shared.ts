import { DEFAULT_SHEET, type ScorerKindName, type SheetItem } from '../../../../common/careers-panel.js';
import type { RoundStatus } from '../../../../common/careers.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import { notFound, type AppError } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { identities } from '../../people/identity.service.js';
import * as repo from './panel.repo.js';
import { computeResults, type Candidate } from './results.js';

// What the panel's services share: the round (404 when it does not exist), its sheet (HR's or the
// default), its scorers and candidates with names, and the results computed from the scores.

export type RoundRow = NonNullable<Awaited<ReturnType<typeof repo.findRound>>>;

export async function requireRound(db: Db, id: string): Promise<RoundRow> {
  const round = await repo.findRound(db, id);
  if (!round) throw notFound('Round');
  return round;
}

export const roundBrief = (r: RoundRow) => ({
  id: r.id,
  name: r.name,
  status: r.status as RoundStatus,
  talkDay: r.talk_day,
  talkMinutes: r.talk_minutes,
  seats: r.seats,
  cohortId: r.cohort_id,
  resultsPublishedAt: r.results_published_at,
  version: r.version,
});

/** The round's sheet: HR's setup, or SPEC §11's default when none was saved. */
export async function sheetOf(db: Db, roundId: string) {
  const setup = await repo.findSetup(db, roundId);
  return {
    items: setup ? (JSON.parse(setup.items) as SheetItem[]) : DEFAULT_SHEET.map((i) => ({ ...i })),
    isDefault: !setup,
    version: setup?.version ?? 0,
  };
}

export async function scorersWithNames(db: Db, roundId: string) {
  const rows = await repo.scorersOf(db, roundId);
  const who = await identities(
    db,
    rows.map((r) => r.employee_id),
  );
  return rows.map((r) => ({
    employeeId: r.employee_id,
    name: who.get(r.employee_id)?.name ?? '',
    teamName: who.get(r.employee_id)?.teamName ?? null,
    kind: r.kind as ScorerKindName,
  }));
}

export async function candidatesOf(db: Db, roundId: string) {
  const rows = await repo.shortlisted(db, roundId);
  const who = await identities(
    db,
    rows.map((r) => r.employee_id),
  );
  return rows.map((r) => ({
    nominationId: r.id,
    employeeId: r.employee_id,
    name: who.get(r.employee_id)?.name ?? '',
    teamName: who.get(r.employee_id)?.teamName ?? null,
    departmentName: who.get(r.employee_id)?.departmentName ?? null,
    statement: r.statement,
    outcome: r.outcome as Candidate['outcome'],
  }));
}

/** Every candidate's averages and final score as the scores stand now. */
export async function resultsOf(db: Db, round: RoundRow) {
  const [sheet, scorers, candidates, rows, peerWeightPercent, minPanelScores] = await Promise.all([
    sheetOf(db, round.id),
    scorersWithNames(db, round.id),
    candidatesOf(db, round.id),
    repo.scoresOf(db, round.id),
    getSetting(db, 'careers.reserve.peerWeightPercent'),
    getSetting(db, 'careers.reserve.minPanelScores'),
  ]);
  const results = computeResults(sheet.items, scorers, candidates, rows, {
    peerWeightPercent,
    minPanelScores,
    seats: round.seats,
  });
  return { sheet, scorers, candidates, rows, results, peerWeightPercent, minPanelScores };
}

/** The work's result; a unique-key violation (a concurrent write got there first) becomes `err`. */
export async function uniqueOr<T>(err: AppError, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e)) throw err;
    throw e;
  }
}
