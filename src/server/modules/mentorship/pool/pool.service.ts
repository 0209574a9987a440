import type { z } from 'zod';
import type { CandidatesQuery, PoolConfigInput, SelectInput } from '../../../../common/mentorship-pool.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { identities, identity, people } from '../../people/identity.service.js';
import { findCourse, requireCourses } from '../../training/courses/courses.service.js';
import { eligibilityOf } from './eligibility.js';
import * as repo from './pool.repo.js';

// The mentor pool (SPEC §7): floor agents (regular, key staff, team leads) are candidates; a
// training manager selects one into the pool when every criterion is met (eligibility.ts) — or,
// naming the unmet criteria, with an override reason that is recorded with the selection. A
// member is removed with a reason; the rows keep the history. Only an active member may be given
// a trainee (training/mentoring checks isPoolMentor). Removal does not end current assignments:
// the manager ends or replaces those on the mentoring page.

export const FLOOR_STATUSES = ['regular', 'key_staff', 'team_lead'] as const;

/** Whether the person is an active member of the mentor pool. */
export const isPoolMentor = async (db: Db, employeeId: string) => !!(await repo.activeMember(db, employeeId));

export async function candidates(db: Db, actor: Actor, q: z.output<typeof CandidatesQuery>) {
  const floor = await people(db, { scope: peopleScope(actor), statuses: FLOOR_STATUSES });
  const [facts, inPool] = await Promise.all([eligibilityOf(db, floor), repo.activeMemberIds(db)]);
  const pool = new Set(inPool);
  return floor
    .map((p) => ({
      employeeId: p.id,
      employeeNo: p.employeeNo,
      name: p.name,
      status: p.status,
      teamName: p.teamName,
      ...facts.get(p.id)!,
      inPool: pool.has(p.id),
    }))
    .filter((c) => q.eligibleOnly !== 'true' || c.eligible);
}

export async function selectMentor(db: Db, actor: Actor, input: z.output<typeof SelectInput>) {
  const p = await identity(db, input.employeeId);
  if (!p) throw ruleBroken('UNKNOWN_EMPLOYEE', 'No such person', 'employeeId');
  if (!(FLOOR_STATUSES as readonly string[]).includes(p.status))
    throw ruleBroken('NOT_A_FLOOR_AGENT', 'A mentor is a regular agent, key staff or a team lead', 'employeeId');
  if (await repo.activeMember(db, p.id))
    throw conflict('ALREADY_IN_POOL', `${p.name} is already in the pool`, 'employeeId');
  const facts = (await eligibilityOf(db, [p])).get(p.id)!;
  if (facts.unmet.length && !input.overrideReason)
    throw ruleBroken(
      'POOL_CRITERIA_UNMET',
      `${p.name} does not meet: ${facts.unmet.join(', ')}. Give an override reason to select them all the same`,
      'overrideReason',
    );
  const row = {
    id: newId(),
    employee_id: p.id,
    status: 'active',
    criteria: JSON.stringify(facts.criteria),
    override_reason: facts.unmet.length ? input.overrideReason : null,
    selected_by: actor.userId,
    selected_at: nowIso(),
    removed_by: null,
    removed_at: null,
    remove_reason: null,
  };
  try {
    await db.transaction().execute(async (trx) => {
      await repo.insertMember(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'mentor_pool_member',
        entityId: row.id,
        newValue: { employee_id: p.id, unmet: facts.unmet, override_reason: row.override_reason },
        reason: row.override_reason ?? undefined,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('ALREADY_IN_POOL', `${p.name} is already in the pool`, 'employeeId');
    throw err;
  }
  return row.id;
}

export async function removeMentor(db: Db, actor: Actor, employeeId: string, reason: string) {
  const m = await repo.activeMember(db, employeeId);
  if (!m) throw notFound('Pool member');
  await db.transaction().execute(async (trx) => {
    if (!(await repo.closeMember(trx, m.id, actor.userId, nowIso(), reason))) throw notFound('Pool member');
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'mentor_pool_member',
      entityId: m.id,
      oldValue: { status: 'active' },
      newValue: { status: 'removed', employee_id: employeeId },
      reason,
    });
  });
}

/** Selections and removals, newest first, of the people the actor may see. */
export async function poolHistory(db: Db, actor: Actor, employeeId: string | undefined) {
  const rows = await repo.history(db, employeeId, 500);
  const [who, users] = await Promise.all([
    identities(
      db,
      rows.map((r) => r.employee_id),
    ),
    repo.userNames(db, [
      ...new Set(rows.flatMap((r) => [r.selected_by, r.removed_by]).filter((x): x is string => !!x)),
    ]),
  ]);
  const scope = peopleScope(actor);
  return rows.flatMap((r) => {
    const p = who.get(r.employee_id);
    if (!p || !inPeopleScope(scope, { id: p.id, team_id: p.teamId, department_id: p.departmentId })) return [];
    return [
      {
        id: r.id,
        employeeId: r.employee_id,
        name: p.name,
        status: r.status as 'active' | 'removed',
        selectedAt: r.selected_at,
        selectedByName: r.selected_by ? (users.get(r.selected_by) ?? null) : null,
        overrideReason: r.override_reason,
        removedAt: r.removed_at,
        removedByName: r.removed_by ? (users.get(r.removed_by) ?? null) : null,
        removeReason: r.remove_reason,
      },
    ];
  });
}

export async function getConfig(db: Db) {
  const c = await repo.config(db);
  const course = c?.mentor_course_id ? await findCourse(db, c.mentor_course_id) : undefined;
  return {
    mentorCourseId: c?.mentor_course_id ?? null,
    mentorCourseTitle: course?.title ?? null,
    version: c?.version ?? 0,
    updatedAt: c?.updated_at ?? null,
  };
}

export async function putConfig(db: Db, actor: Actor, input: z.output<typeof PoolConfigInput>) {
  if (input.mentorCourseId) await requireCourses(db, [input.mentorCourseId], 'mentorCourseId');
  const before = await repo.config(db);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.saveConfig(trx, input.mentorCourseId, input.version, actor.userId, nowIso())))
      throw conflict(
        'VERSION_CONFLICT',
        'Someone else changed the pool settings meanwhile; reload and try again',
        'version',
      );
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'mentor_pool_config',
      entityId: 'pool',
      oldValue: { mentor_course_id: before?.mentor_course_id ?? null },
      newValue: { mentor_course_id: input.mentorCourseId },
    });
  });
  return getConfig(db);
}
