import type { Db } from '../../../db/connect.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';

// For tests that assign mentors (training/mentoring requires an active pool member): puts these
// people in the mentor pool directly, as a recorded override, skipping those already in it.
export async function addToPool(db: Db, employeeIds: string[], reason = 'test fixture') {
  for (const id of new Set(employeeIds)) {
    const has = await db
      .selectFrom('mentor_pool_members')
      .select('id')
      .where('employee_id', '=', id)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (has) continue;
    await db
      .insertInto('mentor_pool_members')
      .values({
        id: newId(),
        employee_id: id,
        status: 'active',
        criteria: '[]',
        override_reason: reason,
        selected_by: null,
        selected_at: nowIso(),
        removed_by: null,
        removed_at: null,
        remove_reason: null,
      })
      .execute();
  }
}

/**
 * A published appraisal cycle with these totals (the appraisal's own flow is tested in its module;
 * the pool only reads published totals through appraisal.facts.ts).
 */
export async function publishedTotals(db: Db, name: string, periodEnd: string, totals: Record<string, number>) {
  const cycleId = newId();
  const at = nowIso();
  await db
    .insertInto('appraisal_cycles')
    .values({
      id: cycleId,
      name,
      plan_id: 'fixture',
      plan_version_id: 'fixture',
      kind: 'quarterly',
      period_start: `${periodEnd.slice(0, 8)}01`,
      period_end: periodEnd,
      status: 'published',
      timetable: '[]',
      created_by: 'fixture',
      created_at: at,
      frozen_at: at,
      computed_at: at,
      version: 1,
      updated_at: at,
    })
    .execute();
  for (const [employeeId, total] of Object.entries(totals)) {
    const e = await db.selectFrom('employees').select('team_id').where('id', '=', employeeId).executeTakeFirstOrThrow();
    await db
      .insertInto('appraisal_grades')
      .values({
        cycle_id: cycleId,
        employee_id: employeeId,
        team_id: e.team_id,
        sheet_id: newId(),
        total,
        score_grade: null,
        grade: null,
        team_rank: null,
        fixed_at: at,
      })
      .execute();
  }
  return cycleId;
}
