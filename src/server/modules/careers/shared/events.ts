import type { CareerEvent, CareerEventKind } from '../../../../common/careers.js';
import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';

// A person's career record (SPEC §11): each part adds what happened — entered a reserve round,
// shortlisted, chosen, enrolled in management training, a trainer level confirmed — and the
// path part reads it back with the lifecycle steps (people's status history). Call inside the
// caller's transaction so the event and its cause land together.

export async function recordCareerEvent(
  db: Db,
  e: {
    employeeId: string;
    kind: CareerEventKind;
    day: string;
    roundId?: string | null;
    ref?: string | null;
    detail?: Record<string, unknown> | null;
    recordedBy?: string | null;
  },
) {
  await db
    .insertInto('career_events')
    .values({
      id: newId(),
      employee_id: e.employeeId,
      kind: e.kind,
      day: e.day,
      round_id: e.roundId ?? null,
      ref: e.ref ?? null,
      detail: e.detail ? JSON.stringify(e.detail) : null,
      recorded_by: e.recordedBy ?? null,
      created_at: nowIso(),
    })
    .execute();
}

/** Each person's latest reserve outcome (chosen or not) with its round's name, for those who have one. */
export async function latestReserveOutcomes(db: Db, employeeIds: string[]) {
  const out = new Map<string, { chosen: boolean; day: string; roundName: string | null }>();
  if (!employeeIds.length) return out;
  const rows = await db
    .selectFrom('career_events')
    .select(['employee_id', 'kind', 'day', 'detail'])
    .where('employee_id', 'in', [...new Set(employeeIds)])
    .where('kind', 'in', ['reserve_chosen', 'reserve_not_chosen'])
    .orderBy('day')
    .orderBy('created_at')
    .execute();
  for (const r of rows) {
    const detail = r.detail ? (JSON.parse(r.detail) as { roundName?: unknown }) : {};
    out.set(r.employee_id, {
      chosen: r.kind === 'reserve_chosen',
      day: r.day,
      roundName: typeof detail.roundName === 'string' ? detail.roundName : null,
    });
  }
  return out;
}

/** A person's career events, oldest first. */
export async function careerEventsOf(db: Db, employeeId: string): Promise<CareerEvent[]> {
  const rows = await db
    .selectFrom('career_events')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .orderBy('day')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    kind: r.kind as CareerEventKind,
    day: r.day,
    roundId: r.round_id,
    ref: r.ref,
    detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    createdAt: r.created_at,
  }));
}
