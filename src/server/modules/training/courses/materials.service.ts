import type { z } from 'zod';
import type { MaterialInput } from '../../../../common/training-courses.js';
import type { Db } from '../../../db/connect.js';
import type { TrainingMaterialTable } from '../../../db/schema-training.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso, centerToday, localDate, addDays } from '../../../lib/clock.js';
import { findCourse } from './courses.service.js';
import { centerOffset } from '../../../lib/center-time.js';
import { requirePersonVisible, visibleFilter } from '../shared/training.access.js';
import { withIdentity } from '../../people/identity.service.js';
import * as repo from './materials.repo.js';

// Learning materials (SPEC §3): documents, videos and micro-courses attached to a course, with
// per-person completion. What is "due" for a person: every required, unarchived material of a
// course they are booked on (a scheduled session), due `dueOffsetDays` after the day of their
// first session of that course (negative = before it, to prepare), until they complete it.

const toDto = (r: TrainingMaterialTable) => ({
  id: r.id,
  courseId: r.course_id,
  kind: r.kind as never,
  title: r.title,
  url: r.url,
  required: r.required === 1,
  dueOffsetDays: r.due_offset_days,
  archived: r.archived === 1,
});

export async function listMaterials(db: Db, courseId: string) {
  if (!(await findCourse(db, courseId))) throw notFound('Course');
  return (await repo.materialsOfCourse(db, courseId)).map(toDto);
}

const columns = (input: z.output<typeof MaterialInput>) => ({
  kind: input.kind,
  title: input.title,
  url: input.url,
  required: input.required ? 1 : 0,
  due_offset_days: input.dueOffsetDays,
  archived: input.archived ? 1 : 0,
});

export async function addMaterial(db: Db, actor: Actor, courseId: string, input: z.output<typeof MaterialInput>) {
  if (!(await findCourse(db, courseId))) throw notFound('Course');
  const at = nowIso();
  const row = {
    id: newId(),
    course_id: courseId,
    ...columns(input),
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertMaterial(trx, row);
    await recordAudit(trx, actor, { action: 'create', entity: 'training_material', entityId: row.id, newValue: row });
  });
  return row.id;
}

export async function updateMaterial(db: Db, actor: Actor, id: string, input: z.output<typeof MaterialInput>) {
  const before = await repo.findMaterial(db, id);
  if (!before) throw notFound('Material');
  const set = columns(input);
  const { oldValue, newValue, changed } = diff(before as unknown as Record<string, unknown>, set);
  if (!changed) return;
  await db.transaction().execute(async (trx) => {
    await repo.updateMaterial(trx, id, { ...set, updated_at: nowIso() });
    await recordAudit(trx, actor, { action: 'update', entity: 'training_material', entityId: id, oldValue, newValue });
  });
}

/** The caller marks a material done; only someone booked on the material's course may. */
export async function complete(db: Db, actor: Actor, materialId: string) {
  const m = await repo.findMaterial(db, materialId);
  if (!m || m.archived === 1) throw notFound('Material');
  if (!actor.employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  if (!(await repo.isBookedOnCourse(db, actor.employeeId, m.course_id)))
    throw ruleBroken('NOT_ON_COURSE', 'You are not booked on this course');
  const at = nowIso();
  await repo.insertCompletion(db, materialId, actor.employeeId, at);
  return at;
}

/** Every material of the courses a person is booked on, with due dates and completion. */
export async function materialsOf(db: Db, employeeId: string) {
  const offset = await centerOffset(db);
  const firsts = await repo.firstSessionsOf(db, employeeId);
  if (!firsts.length) return [];
  const first = new Map(firsts.map((f) => [f.course_id, { day: localDate(String(f.first), offset), title: f.title }]));
  const rows = await repo.materialsWithCompletion(db, [...first.keys()], employeeId);
  const today = centerToday(offset);
  return rows
    .map((r) => {
      const dueOn = addDays(first.get(r.course_id)!.day, r.due_offset_days);
      return {
        materialId: r.id,
        courseId: r.course_id,
        courseTitle: first.get(r.course_id)!.title,
        kind: r.kind as never,
        title: r.title,
        url: r.url,
        required: r.required === 1,
        dueOn,
        overdue: !r.completed_at && r.required === 1 && dueOn < today,
        completedAt: r.completed_at ?? null,
      };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title));
}

/** What is still to do for a person (the caller, or someone they may see): required and not completed. */
export async function dueFor(db: Db, actor: Actor, employeeId: string | undefined, includeDone: boolean) {
  const who = employeeId ?? actor.employeeId;
  if (!who) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  if (who !== actor.employeeId) await requirePersonVisible(db, actor, who);
  const all = await materialsOf(db, who);
  return includeDone ? all : all.filter((m) => m.required && !m.completedAt);
}

/** Who, among the people booked on the course and visible to the caller, has completed the material. */
export async function completions(db: Db, actor: Actor, materialId: string) {
  const m = await repo.findMaterial(db, materialId);
  if (!m) throw notFound('Material');
  const enrolled = await repo.completionsOf(db, m.course_id, materialId);
  const rows = await withIdentity(
    db,
    enrolled,
    (r) => r.employee_id,
    (p) => ({ id: p.id, employee_no: p.employeeNo, name: p.name, team_id: p.teamId, department_id: p.departmentId }),
  );
  const sees = visibleFilter(actor);
  return rows
    .filter(sees)
    .map((r) => ({ employeeId: r.id, employeeNo: r.employee_no, name: r.name, completedAt: r.completed_at ?? null }));
}
