import { DEFAULT_RESERVE } from './panel.fixtures.js';
import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { newEntry } from '../reserve/reserve.repo.js';

// For the panel's tests: a reserve round and its nominations written straight to the careers
// tables (the reserve part's own rules are tested there), in the state a test needs.

export async function insertRound(
  db: Db,
  o: { status?: string; seats?: number | null; cohortId?: string | null; name?: string; talkDay?: string } = {},
) {
  const id = newId();
  const at = nowIso();
  await db
    .insertInto('career_rounds')
    .values({
      id,
      name: o.name ?? '测试竞聘',
      status: o.status ?? 'candidates_published',
      nominations_open: '2026-11-01',
      nominations_close: '2026-11-10',
      talk_day: o.talkDay ?? '2026-11-20',
      talk_minutes: 3,
      seats: o.seats === undefined ? 2 : o.seats,
      criteria: JSON.stringify(DEFAULT_RESERVE),
      cohort_id: o.cohortId ?? null,
      candidates_published_at: at,
      results_published_at: null,
      created_by: 'test',
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  return id;
}

export async function insertNomination(db: Db, roundId: string, employeeId: string, status = 'shortlisted') {
  const id = newId();
  const at = nowIso();
  await db
    .insertInto('career_nominations')
    .values({
      ...newEntry({
        id,
        round_id: roundId,
        employee_id: employeeId,
        source: 'self',
        statement: '我的业绩与带团队的想法',
        eligibility: JSON.stringify({ eligible: true, unmet: [], criteria: [], asOf: '2026-11-01' }),
        at,
      }),
      status,
      screening_reason: status === 'nominated' ? null : '符合条件',
      screened_at: status === 'nominated' ? null : at,
    })
    .execute();
  return id;
}

export const setRoundStatus = (db: Db, id: string, status: string) =>
  db.updateTable('career_rounds').set({ status }).where('id', '=', id).execute();
