import type { z } from 'zod';
import type {
  EmployeeCreate,
  EmployeeListQuery,
  EmployeePatch,
  StatusChange,
  TeamMove,
} from '../../../common/people.js';
import { canMoveTo } from '../../../common/lifecycle.js';
import { EXIT_STATUSES, type EmployeeStatus } from '../../../common/roles.js';
import type { Db } from '../../db/connect.js';
import type { DialectName } from '../../db/portable.js';
import { isUniqueViolation } from '../../db/portable.js';
import { peopleScope, requirePersonInScope } from '../../lib/access.js';
import type { Actor } from '../../lib/actor.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/clock.js';
import { clearSessionCache } from '../../lib/sessions.js';
import { todayInCenter } from '../../lib/center-time.js';
import { disableAccountOf } from '../users/users.service.js';
import * as org from './org.service.js';
import * as repo from './employees.repo.js';
import { cachedPeopleAnswer } from './people.cache.js';
import { toDetail, toSummary } from './employees.dto.js';

export async function listEmployees(
  db: Db,
  dialect: DialectName,
  actor: Actor,
  query: z.infer<typeof EmployeeListQuery>,
) {
  // Kept in memory while people are unchanged (people.cache.ts); shared between requests, so
  // callers must not change the items.
  const scope = peopleScope(actor);
  return cachedPeopleAnswer(db, ['employees', scope, query], async () => {
    const { rows, total } = await repo.listEmployees(db, dialect, scope, query);
    return { items: rows.map(toSummary), total };
  });
}

/** One person, if the actor may see them (SPEC §1): otherwise 404, as for nobody, never their data. */
export async function getEmployee(db: Db, actor: Actor, id: string) {
  const row = requirePersonInScope(actor, await repo.findEmployee(db, id));
  const [statuses, teams, roles, today] = await Promise.all([
    repo.statusHistory(db, id),
    repo.teamHistory(db, id),
    row.user_id ? repo.rolesOfUser(db, row.user_id) : Promise.resolve([]),
    todayInCenter(db),
  ]);
  return toDetail(
    row,
    statuses,
    teams,
    roles.map((r) => r.role),
    today,
  );
}

async function checkTeam(db: Db, teamId: string) {
  if (!(await org.findTeam(db, teamId))) throw ruleBroken('UNKNOWN_TEAM', 'No such team', 'teamId');
}

async function checkSupervisor(db: Db, employeeId: string | null, supervisorId: string | null | undefined) {
  if (!supervisorId) return;
  if (supervisorId === employeeId)
    throw ruleBroken('SUPERVISOR_SELF', 'A person cannot supervise themself', 'supervisorId');
  // Walk up the chain: a supervisor must not (indirectly) report to the person.
  let cursor: string | null = supervisorId;
  for (let depth = 0; cursor && depth < 50; depth++) {
    const boss = await repo.findEmployee(db, cursor);
    if (!boss) throw ruleBroken('UNKNOWN_SUPERVISOR', 'No such supervisor', 'supervisorId');
    if (EXIT_STATUSES.includes(boss.status as EmployeeStatus) && depth === 0) {
      throw ruleBroken('SUPERVISOR_LEFT', 'The supervisor no longer works here', 'supervisorId');
    }
    if (employeeId && boss.supervisor_id === employeeId) {
      throw ruleBroken('SUPERVISOR_CYCLE', 'This would make a reporting cycle', 'supervisorId');
    }
    cursor = boss.supervisor_id;
  }
}

function checkDate(today: string, date: string, field: string, notBefore?: string | null, what = 'the hire date') {
  if (date > today) throw ruleBroken('DATE_IN_FUTURE', 'The date may not be in the future', field);
  if (notBefore && date < notBefore)
    throw ruleBroken('DATE_TOO_EARLY', `The date may not be before ${what} (${notBefore})`, field);
}

const uniqueNo = async <T>(work: () => Promise<T>) => {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('DUPLICATE_EMPLOYEE_NO', 'This employee number is taken', 'employeeNo');
    throw err;
  }
};

export async function createEmployee(db: Db, actor: Actor, input: z.infer<typeof EmployeeCreate>) {
  await checkTeam(db, input.teamId);
  await checkSupervisor(db, null, input.supervisorId);
  if (input.hireDate > (await todayInCenter(db))) {
    // A start date ahead is normal for a candidate; anyone else starts on or before today.
    if (input.status !== 'candidate')
      throw ruleBroken('DATE_IN_FUTURE', 'Only a candidate may have a future hire date', 'hireDate');
  }
  if (EXIT_STATUSES.includes(input.status))
    throw ruleBroken('BAD_INITIAL_STATUS', 'A new person cannot start in an exit status', 'status');
  const at = nowIso();
  const id = newId();
  const row = {
    id,
    employee_no: input.employeeNo,
    name: input.name,
    gender: input.gender ?? null,
    phone: input.phone || null,
    email: input.email || null,
    hire_date: input.hireDate,
    team_id: input.teamId,
    supervisor_id: input.supervisorId ?? null,
    status: input.status,
    status_since: input.hireDate,
    position: input.position ?? null,
    skills: JSON.stringify(input.skills),
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await uniqueNo(() =>
    db.transaction().execute(async (trx) => {
      await repo.insertEmployee(trx, row);
      await repo.insertStatusHistory(trx, {
        id: newId(),
        employee_id: id,
        from_status: null,
        to_status: input.status,
        effective_date: input.hireDate,
        reason: input.reason || 'hired',
        changed_by: actor.userId,
        created_at: at,
      });
      await repo.insertTeamHistory(trx, {
        id: newId(),
        employee_id: id,
        from_team_id: null,
        to_team_id: input.teamId,
        effective_date: input.hireDate,
        reason: input.reason || 'hired',
        changed_by: actor.userId,
        created_at: at,
      });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'employee',
        entityId: id,
        newValue: row,
        reason: input.reason,
      });
    }),
  );
  return id;
}

async function loadForChange(db: Db, id: string, version: number) {
  const before = await repo.findEmployee(db, id);
  if (!before) throw notFound('Employee');
  if (before.version !== version) {
    throw conflict('VERSION_CONFLICT', 'Someone else changed this person meanwhile; reload and try again', 'version');
  }
  return before;
}

async function writeAtVersion(db: Db, id: string, version: number, set: Record<string, unknown>) {
  const n = await repo.updateEmployeeAtVersion(db, id, version, { ...set, updated_at: nowIso() });
  if (n !== 1)
    throw conflict('VERSION_CONFLICT', 'Someone else changed this person meanwhile; reload and try again', 'version');
}

export async function updateEmployee(db: Db, actor: Actor, id: string, patch: z.infer<typeof EmployeePatch>) {
  const before = await loadForChange(db, id, patch.version);
  if (patch.supervisorId !== undefined) await checkSupervisor(db, id, patch.supervisorId);
  if (patch.hireDate && patch.hireDate > (await todayInCenter(db)) && before.status !== 'candidate') {
    throw ruleBroken('DATE_IN_FUTURE', 'Only a candidate may have a future hire date', 'hireDate');
  }
  const set: Record<string, unknown> = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.hireDate !== undefined) set.hire_date = patch.hireDate;
  if (patch.supervisorId !== undefined) set.supervisor_id = patch.supervisorId ?? null;
  if (patch.gender !== undefined) set.gender = patch.gender ?? null;
  if (patch.phone !== undefined) set.phone = patch.phone || null;
  if (patch.email !== undefined) set.email = patch.email || null;
  if (patch.position !== undefined) set.position = patch.position ?? null;
  if (patch.skills !== undefined) set.skills = JSON.stringify(patch.skills);
  const { oldValue, newValue, changed } = diff(before as Record<string, unknown>, set);
  if (!changed) return;
  await db.transaction().execute(async (trx) => {
    await writeAtVersion(trx, id, patch.version, set);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'employee',
      entityId: id,
      oldValue,
      newValue,
      reason: patch.reason,
    });
  });
}

export async function changeStatus(db: Db, actor: Actor, id: string, input: z.infer<typeof StatusChange>) {
  const before = await loadForChange(db, id, input.version);
  const from = before.status as EmployeeStatus;
  if (from === input.status) throw ruleBroken('STATUS_UNCHANGED', 'The person already has this status', 'status');
  if (!canMoveTo(from, input.status)) {
    throw ruleBroken('STATUS_TRANSITION_NOT_ALLOWED', `Cannot go from ${from} to ${input.status}`, 'status');
  }
  checkDate(
    await todayInCenter(db),
    input.effectiveDate,
    'effectiveDate',
    before.status_since,
    'the current status began',
  );
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await writeAtVersion(trx, id, input.version, { status: input.status, status_since: input.effectiveDate });
    await repo.insertStatusHistory(trx, {
      id: newId(),
      employee_id: id,
      from_status: from,
      to_status: input.status,
      effective_date: input.effectiveDate,
      reason: input.reason,
      changed_by: actor.userId,
      created_at: at,
    });
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'employee',
      entityId: id,
      oldValue: { status: from, status_since: before.status_since },
      newValue: { status: input.status, status_since: input.effectiveDate },
      reason: input.reason,
    });
    // Someone who has left can no longer sign in.
    if (EXIT_STATUSES.includes(input.status)) await disableAccountOf(trx, actor, id, input.reason);
  });
  // Again after commit, so no session was cached from the old state meanwhile.
  if (EXIT_STATUSES.includes(input.status)) clearSessionCache();
}

/**
 * The only way to 'eliminated' (NEXT_STATUSES leaves it out on purpose): HR's final decision on
 * an elimination case (SPEC §6). Runs inside the caller's transaction, so the case and the status
 * change commit together; dated history, audit and the account disabled as for any exit.
 * The caller clears the session cache after commit.
 */
export async function eliminateByCase(
  trx: Db,
  actor: Actor,
  id: string,
  input: { effectiveDate: string; reason: string; caseId: string },
) {
  const before = await repo.findEmployee(trx, id);
  if (!before) throw notFound('Employee');
  if (before.status !== 'trainee')
    throw ruleBroken('ONLY_TRAINEES', `Only a trainee can be eliminated (the person is ${before.status})`);
  checkDate(input.effectiveDate, input.effectiveDate, 'effectiveDate', before.status_since, 'the current status began');
  await writeAtVersion(trx, id, before.version, { status: 'eliminated', status_since: input.effectiveDate });
  await repo.insertStatusHistory(trx, {
    id: newId(),
    employee_id: id,
    from_status: before.status,
    to_status: 'eliminated',
    effective_date: input.effectiveDate,
    reason: input.reason,
    changed_by: actor.userId,
    created_at: nowIso(),
  });
  await recordAudit(trx, actor, {
    action: 'status_change',
    entity: 'employee',
    entityId: id,
    oldValue: { status: before.status, status_since: before.status_since },
    newValue: { status: 'eliminated', status_since: input.effectiveDate, elimination_case_id: input.caseId },
    reason: input.reason,
  });
  await disableAccountOf(trx, actor, id, input.reason);
}

export async function moveToTeam(db: Db, actor: Actor, id: string, input: z.infer<typeof TeamMove>) {
  const before = await loadForChange(db, id, input.version);
  if (before.team_id === input.teamId) throw ruleBroken('SAME_TEAM', 'The person is already in this team', 'teamId');
  if (EXIT_STATUSES.includes(before.status as EmployeeStatus))
    throw ruleBroken('EMPLOYEE_LEFT', 'The person no longer works here');
  await checkTeam(db, input.teamId);
  if (input.supervisorId !== undefined) await checkSupervisor(db, id, input.supervisorId);
  // Team history stays in date order: a move is not dated before the previous one.
  const lastMove = await repo.lastTeamMoveDate(db, id);
  checkDate(
    await todayInCenter(db),
    input.effectiveDate,
    'effectiveDate',
    lastMove ?? before.hire_date,
    'the previous team change',
  );
  const set: Record<string, unknown> = { team_id: input.teamId };
  if (input.supervisorId !== undefined) set.supervisor_id = input.supervisorId ?? null;
  await db.transaction().execute(async (trx) => {
    await writeAtVersion(trx, id, input.version, set);
    await repo.insertTeamHistory(trx, {
      id: newId(),
      employee_id: id,
      from_team_id: before.team_id,
      to_team_id: input.teamId,
      effective_date: input.effectiveDate,
      reason: input.reason,
      changed_by: actor.userId,
      created_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      action: 'move',
      entity: 'employee',
      entityId: id,
      oldValue: { team_id: before.team_id, supervisor_id: before.supervisor_id },
      newValue: set,
      reason: input.reason,
    });
  });
  // The person's team decides what they and their lead may see; sessions re-read it.
  clearSessionCache();
}

/**
 * A lifecycle step (NEXT_STATUSES) inside the caller's transaction, for a module that records its
 * own row beside it: certification (SPEC §6) moves trainee → probation → regular and stores its
 * evidence in the same commit. Same checks, dated history and audit as changeStatus; not for exits.
 */
export async function changeStatusWithin(
  trx: Db,
  actor: Actor,
  id: string,
  input: { status: EmployeeStatus; effectiveDate: string; reason: string },
) {
  const before = await repo.findEmployee(trx, id);
  if (!before) throw notFound('Employee');
  const from = before.status as EmployeeStatus;
  if (EXIT_STATUSES.includes(input.status))
    throw ruleBroken('STATUS_TRANSITION_NOT_ALLOWED', 'An exit is not a lifecycle step', 'status');
  if (from === input.status) throw ruleBroken('STATUS_UNCHANGED', 'The person already has this status', 'status');
  if (!canMoveTo(from, input.status))
    throw ruleBroken('STATUS_TRANSITION_NOT_ALLOWED', `Cannot go from ${from} to ${input.status}`, 'status');
  checkDate(
    await todayInCenter(trx),
    input.effectiveDate,
    'effectiveDate',
    before.status_since,
    'the current status began',
  );
  await writeAtVersion(trx, id, before.version, { status: input.status, status_since: input.effectiveDate });
  await repo.insertStatusHistory(trx, {
    id: newId(),
    employee_id: id,
    from_status: from,
    to_status: input.status,
    effective_date: input.effectiveDate,
    reason: input.reason,
    changed_by: actor.userId,
    created_at: nowIso(),
  });
  await recordAudit(trx, actor, {
    action: 'status_change',
    entity: 'employee',
    entityId: id,
    oldValue: { status: from, status_since: before.status_since },
    newValue: { status: input.status, status_since: input.effectiveDate },
    reason: input.reason,
  });
  return { from, to: input.status };
}
