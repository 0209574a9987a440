import type { z } from 'zod';
import type { TrainerInput, TrainerUpdate } from '../../../../common/training-courses.js';
import { EXIT_STATUSES, type EmployeeStatus } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import type { TrainingTrainerTable } from '../../../db/schema-training.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { newId } from '../../../lib/ids.js';
import { nowIso, hoursBetween } from '../../../lib/clock.js';
import { clearSessionCache } from '../../../lib/sessions.js';
import { avg1, uniqueOr, updateAtVersion } from '../shared/store.js';
import { identity } from '../../people/identity.service.js';
import {
  endedSessionTimes,
  feedbackAveragesByTrainer,
  insertTrainer,
  trainerRowById,
  trainerRows,
} from './trainers.repo.js';

// Trainers (SPEC §3): internal staff (an employee, who then signs in as themself to teach and
// take attendance) or external consultants. Teaching hours are computed, never typed: the sum of
// the lengths of the sessions they taught that have ended and were not cancelled. Ratings are
// the learners' feedback on their sessions (feedback.service.ts).

type Row = TrainingTrainerTable;

export async function trainerStats(db: Db, trainerIds?: string[]) {
  if (trainerIds && !trainerIds.length)
    return new Map<string, { hours: number; sessions: number; ratings: ReturnType<typeof ratingOf> }>();
  const [sessions, feedback] = await Promise.all([
    endedSessionTimes(db, nowIso(), trainerIds),
    feedbackAveragesByTrainer(db, trainerIds),
  ]);
  const out = new Map<string, { hours: number; sessions: number; ratings: ReturnType<typeof ratingOf> }>();
  const entry = (id: string) =>
    out.get(id) ?? out.set(id, { hours: 0, sessions: 0, ratings: ratingOf(undefined) }).get(id)!;
  for (const s of sessions) {
    const e = entry(s.trainer_id);
    e.hours += hoursBetween(s.starts_at, s.ends_at);
    e.sessions += 1;
  }
  for (const f of feedback) entry(f.trainer_id).ratings = ratingOf(f);
  for (const e of out.values()) e.hours = Math.round(e.hours * 100) / 100;
  return out;
}

export const ratingOf = (
  f: { n: number | string; content: unknown; trainer: unknown; method: unknown } | undefined,
) => ({
  responses: Number(f?.n ?? 0),
  content: avg1(f?.content as number),
  trainer: avg1(f?.trainer as number),
  method: avg1(f?.method as number),
});

const toDto = (r: Row, stats?: { hours: number; sessions: number; ratings: ReturnType<typeof ratingOf> }) => ({
  id: r.id,
  kind: r.kind as never,
  employeeId: r.employee_id,
  name: r.name,
  category: r.category as never,
  organization: r.organization,
  certification: r.certification,
  certifiedOn: r.certified_on,
  certifiedUntil: r.certified_until,
  active: r.active === 1,
  notes: r.notes,
  version: r.version,
  teachingHours: stats?.hours ?? 0,
  sessionsTaught: stats?.sessions ?? 0,
  ratings: stats?.ratings ?? ratingOf(undefined),
});

export async function listTrainers(db: Db, opts: { activeOnly: boolean }) {
  const rows = await trainerRows(db, opts.activeOnly);
  const stats = await trainerStats(db);
  return rows.map((r) => toDto(r, stats.get(r.id)));
}

export async function findTrainer(db: Db, id: string) {
  return trainerRowById(db, id);
}

export async function getTrainer(db: Db, id: string) {
  const row = await findTrainer(db, id);
  if (!row) throw notFound('Trainer');
  return toDto(row, (await trainerStats(db, [id])).get(id));
}

async function columns(db: Db, input: z.output<typeof TrainerInput>) {
  if (input.certifiedOn && input.certifiedUntil)
    assertDateOrder(
      input.certifiedOn,
      input.certifiedUntil,
      'certifiedUntil',
      'certifiedUntil: the certification cannot end before it starts',
    );
  let name = input.name?.trim() || '';
  if (input.kind === 'internal') {
    if (!input.employeeId)
      throw ruleBroken('EMPLOYEE_REQUIRED', 'An internal trainer is an employee: choose who', 'employeeId');
    const emp = await identity(db, input.employeeId);
    if (!emp) throw ruleBroken('UNKNOWN_EMPLOYEE', 'No such employee', 'employeeId');
    if (EXIT_STATUSES.includes(emp.status as EmployeeStatus))
      throw ruleBroken('EMPLOYEE_LEFT', 'This person no longer works here', 'employeeId');
    name = emp.name;
  } else if (!name) {
    throw ruleBroken('NAME_REQUIRED', 'Give the external trainer’s name', 'name');
  }
  return {
    kind: input.kind,
    employee_id: input.kind === 'internal' ? input.employeeId! : null,
    name,
    category: input.category,
    organization: input.organization,
    certification: input.certification,
    certified_on: input.certifiedOn ?? null,
    certified_until: input.certifiedUntil ?? null,
    active: input.active ? 1 : 0,
    notes: input.notes,
  };
}

const oneTrainerPerPerson = <T>(work: () => Promise<T>) =>
  uniqueOr(conflict('DUPLICATE_TRAINER', 'This employee is already a trainer', 'employeeId'), work);

export async function createTrainer(db: Db, actor: Actor, input: z.output<typeof TrainerInput>) {
  const at = nowIso();
  const row = { id: newId(), ...(await columns(db, input)), version: 1, created_at: at, updated_at: at };
  await oneTrainerPerPerson(() =>
    db.transaction().execute(async (trx) => {
      await insertTrainer(trx, row);
      await recordAudit(trx, actor, { action: 'create', entity: 'training_trainer', entityId: row.id, newValue: row });
    }),
  );
  return row.id;
}

export async function updateTrainer(db: Db, actor: Actor, id: string, input: z.output<typeof TrainerUpdate>) {
  const before = await findTrainer(db, id);
  if (!before) throw notFound('Trainer');
  const set = await columns(db, input);
  const { oldValue, newValue, changed } = diff(before as unknown as Record<string, unknown>, set);
  if (!changed) return;
  await oneTrainerPerPerson(() =>
    db.transaction().execute(async (trx) => {
      await updateAtVersion(trx, 'training_trainers', id, input.version, set, 'trainer');
      await recordAudit(trx, actor, { action: 'update', entity: 'training_trainer', entityId: id, oldValue, newValue });
    }),
  );
  // The person behind the trainer decides who sees the learners of their sessions.
  if (before.employee_id !== set.employee_id) clearSessionCache();
}
