import type { z } from 'zod';
import type { CohortInput } from '../../../../common/training-plans.js';
import { EXIT_STATUSES } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { uniqueOr } from '../shared/store.js';
import { requirePeople, visibleFilter } from '../shared/training.access.js';
import { people, teamsOf, withIdentity } from '../../people/identity.service.js';
import * as repo from './cohorts.repo.js';

// Cohorts (培训班): the group of trainees a new-hire plan runs for. Sessions enrol a cohort at
// once, surveys can be sent to one. Members are listed to a caller only as far as they may see.

export async function cohortMemberIds(db: Db, cohortIds: string[], field = 'cohortIds') {
  const unique = [...new Set(cohortIds)];
  if (!unique.length) return [];
  const found = await repo.existingCohorts(db, unique);
  if (found.length !== unique.length) throw ruleBroken('UNKNOWN_COHORT', 'No such cohort', field);
  return (await repo.memberIdsOf(db, unique)).map((r) => r.employee_id);
}

type Row = Awaited<ReturnType<ReturnType<typeof repo.counted>['executeTakeFirstOrThrow']>>;
const toDto = (r: Row) => ({
  id: r.id,
  name: r.name,
  teamId: r.team_id,
  startDate: r.start_date,
  memberCount: Number(r.member_count ?? 0),
  createdAt: r.created_at,
});

export async function listCohorts(db: Db) {
  return (await repo.counted(db).orderBy('c.start_date', 'desc').execute()).map(toDto);
}

export async function getCohort(db: Db, actor: Actor, id: string) {
  const row = await repo.counted(db).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Cohort');
  const members = await withIdentity(
    db,
    await repo.membersByNo(db, id),
    (r) => r.employee_id,
    (p) => ({
      id: p.id,
      employee_no: p.employeeNo,
      name: p.name,
      status: p.status,
      team_id: p.teamId,
      department_id: p.departmentId,
    }),
  );
  const sees = visibleFilter(actor);
  return {
    ...toDto(row),
    members: members
      .filter(sees)
      .map((m) => ({ employeeId: m.id, employeeNo: m.employee_no, name: m.name, status: m.status })),
  };
}

async function memberList(db: Db, input: { teamId?: string | null; employeeIds: string[] }) {
  if (input.teamId && !(await teamsOf(db, [input.teamId])).size) {
    throw ruleBroken('UNKNOWN_TEAM', 'No such team', 'teamId');
  }
  if (input.employeeIds.length) {
    const people = await requirePeople(db, input.employeeIds, 'employeeIds');
    const gone = people.find((p) => (EXIT_STATUSES as readonly string[]).includes(p.status));
    if (gone) throw ruleBroken('EMPLOYEE_LEFT', `${gone.name} no longer works here`, 'employeeIds');
    return people.map((p) => p.id);
  }
  if (!input.teamId)
    throw ruleBroken('MEMBERS_REQUIRED', 'Choose the members, or a team whose trainees form the cohort', 'employeeIds');
  const trainees = await people(db, { scope: { kind: 'all' }, teamIds: [input.teamId], statuses: ['trainee'] });
  return trainees.map((p) => p.id);
}

export async function createCohort(db: Db, actor: Actor, input: z.output<typeof CohortInput>) {
  const members = await memberList(db, input);
  const at = nowIso();
  const id = newId();
  await uniqueOr(conflict('DUPLICATE_COHORT', 'Another cohort has this name', 'name'), () =>
    db.transaction().execute(async (trx) => {
      await repo.insertCohort(trx, {
        id,
        name: input.name,
        team_id: input.teamId ?? null,
        start_date: input.startDate,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
      });
      await repo.writeMembers(trx, id, members, at, false);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'training_cohort',
        entityId: id,
        newValue: { name: input.name, members },
      });
    }),
  );
  return id;
}

/** Replaces the member list (sessions already booked keep their enrolments). */
export async function setMembers(db: Db, actor: Actor, id: string, employeeIds: string[]) {
  const cohort = await repo.findCohort(db, id);
  if (!cohort) throw notFound('Cohort');
  const members = await memberList(db, { employeeIds });
  const before = await cohortMemberIds(db, [id]);
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await repo.writeMembers(trx, id, members, at, true);
    await repo.touchCohort(trx, id, at);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'training_cohort',
      entityId: id,
      oldValue: { members: before },
      newValue: { members },
    });
  });
  return members.length;
}

/**
 * Adds people to a cohort and keeps its members, inside the caller's transaction (the reserve
 * competition's chosen join their management-training cohort with the results, issue 21).
 * Returns who was newly added.
 */
export async function addMembersWithin(trx: Db, actor: Actor, id: string, employeeIds: string[]) {
  if (!(await repo.findCohort(trx, id))) throw ruleBroken('UNKNOWN_COHORT', 'No such cohort', 'cohortId');
  const before = new Set(await cohortMemberIds(trx, [id]));
  const added = [...new Set(employeeIds)].filter((e) => !before.has(e));
  if (!added.length) return added;
  const at = nowIso();
  await repo.writeMembers(trx, id, added, at, false);
  await repo.touchCohort(trx, id, at);
  await recordAudit(trx, actor, {
    action: 'update',
    entity: 'training_cohort',
    entityId: id,
    oldValue: { members: [...before] },
    newValue: { added },
  });
  return added;
}
