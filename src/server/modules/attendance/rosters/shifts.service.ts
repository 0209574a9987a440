import type { ShiftInputValue, ShiftPatchValue, ShiftView } from '../../../../common/attendance-rosters.js';
import { ShiftInput, ShiftPatch } from '../../../../common/attendance-rosters.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { badRequest, conflict, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { departmentsOf } from '../../people/identity.service.js';
import { findShift, findShiftByCode, insertShift, listShiftRows, updateShift, type ShiftRow } from './shifts.repo.js';
import { requireShiftCenter } from './rosters.access.js';
import { crossesMidnight, shiftProblem, workMinutes, type ShiftBreak } from './shift-times.js';

// Shift templates (班次): a code the roster grid and the import use, start and end (crossing
// midnight when the end is not after the start), breaks inside the shift, the business line it
// needs, a colour for the grid. Work minutes are derived, never entered. A template in use is
// deactivated rather than deleted, so published schedules keep their meaning.

export function toShiftView(r: ShiftRow): ShiftView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    startTime: r.start_time,
    endTime: r.end_time,
    breaks: JSON.parse(r.breaks) as ShiftBreak[],
    workMinutes: r.work_minutes,
    crossesMidnight: crossesMidnight({ startTime: r.start_time, endTime: r.end_time }),
    skill: r.skill,
    color: r.color,
    departmentId: r.department_id,
    active: r.active === 1,
    version: r.version,
  };
}

export async function listShifts(db: Db, active?: boolean) {
  return (await listShiftRows(db, active)).map(toShiftView);
}

function checkTimes(t: { startTime: string; endTime: string; breaks: ShiftBreak[] }) {
  const problem = shiftProblem(t);
  if (!problem) return;
  const what = {
    ATTENDANCE_SHIFT_BAD_TIME: 'not a time HH:MM',
    ATTENDANCE_SHIFT_END_EQUALS_START: 'a shift cannot end when it starts',
    ATTENDANCE_SHIFT_BREAK_OUTSIDE: 'a break must lie inside the shift',
    ATTENDANCE_SHIFT_BREAKS_OVERLAP: 'breaks must not overlap',
  }[problem.code];
  throw badRequest(problem.code, `${problem.field}: ${what}`, problem.field);
}

/** A shift of breaks only would put people on the roster for no work at all. */
function checkWork(t: { startTime: string; endTime: string; breaks: ShiftBreak[] }) {
  if (workMinutes(t) <= 0)
    throw badRequest('ATTENDANCE_SHIFT_NO_WORK', 'breaks: the breaks fill the whole shift', 'breaks');
}

async function checkDepartment(db: Db, departmentId: string | null | undefined) {
  if (departmentId && !(await departmentsOf(db, [departmentId])).has(departmentId))
    throw badRequest(
      'ATTENDANCE_SHIFT_UNKNOWN_DEPARTMENT',
      `departmentId: no department ${departmentId}`,
      'departmentId',
    );
}

const codeTaken = (code: string) =>
  conflict('ATTENDANCE_SHIFT_CODE_TAKEN', `code: another shift already has the code ${code}`, 'code');

export async function createShift(db: Db, actor: Actor, raw: ShiftInputValue) {
  const input = ShiftInput.parse(raw);
  checkTimes(input);
  checkWork(input);
  requireShiftCenter(actor, input.departmentId, 'add');
  await checkDepartment(db, input.departmentId);
  const at = nowIso();
  const id = newId();
  const row: ShiftRow = {
    id,
    department_id: input.departmentId,
    code: input.code,
    name: input.name,
    start_time: input.startTime,
    end_time: input.endTime,
    breaks: JSON.stringify(input.breaks),
    work_minutes: workMinutes(input),
    skill: input.skill,
    color: input.color,
    active: input.active ? 1 : 0,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    if (await findShiftByCode(trx, input.code)) throw codeTaken(input.code);
    try {
      await insertShift(trx, row);
    } catch (err) {
      throw isUniqueViolation(err) ? codeTaken(input.code) : err;
    }
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'attendance_shift',
      entityId: id,
      newValue: toShiftView(row),
    });
  });
  return toShiftView(row);
}

export async function updateShiftTemplate(db: Db, actor: Actor, id: string, raw: ShiftPatchValue) {
  const patch = ShiftPatch.parse(raw);
  return db.transaction().execute(async (trx) => {
    const before = await findShift(trx, id);
    if (!before) throw notFound('Shift');
    requireShiftCenter(actor, before.department_id, 'change');
    const view = toShiftView(before);
    const times = {
      startTime: patch.startTime ?? view.startTime,
      endTime: patch.endTime ?? view.endTime,
      breaks: patch.breaks ?? view.breaks,
    };
    checkTimes(times);
    checkWork(times);
    if (patch.departmentId !== undefined) {
      requireShiftCenter(actor, patch.departmentId, 'add');
      await checkDepartment(trx, patch.departmentId);
    }
    if (patch.code && patch.code !== before.code) {
      const other = await findShiftByCode(trx, patch.code);
      if (other) throw codeTaken(patch.code);
    }
    if (before.version !== patch.version)
      throw conflict('VERSION_CONFLICT', 'The shift changed meanwhile; reload it', 'version');
    const set: Partial<ShiftRow> = {
      code: patch.code ?? before.code,
      name: patch.name ?? before.name,
      start_time: times.startTime,
      end_time: times.endTime,
      breaks: JSON.stringify(times.breaks),
      work_minutes: workMinutes(times),
      skill: patch.skill === undefined ? before.skill : patch.skill,
      color: patch.color === undefined ? before.color : patch.color,
      department_id: patch.departmentId === undefined ? before.department_id : patch.departmentId,
      active: patch.active === undefined ? before.active : patch.active ? 1 : 0,
      updated_at: nowIso(),
    };
    try {
      if (!(await updateShift(trx, id, patch.version, set)))
        throw conflict('VERSION_CONFLICT', 'The shift changed meanwhile; reload it', 'version');
    } catch (err) {
      throw isUniqueViolation(err) ? codeTaken(set.code!) : err;
    }
    const after = { ...before, ...set, version: before.version + 1 };
    const d = diff(
      view as unknown as Record<string, unknown>,
      toShiftView(after) as unknown as Record<string, unknown>,
    );
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'attendance_shift',
      entityId: id,
      oldValue: d.oldValue,
      newValue: d.newValue,
    });
    return toShiftView(after);
  });
}
