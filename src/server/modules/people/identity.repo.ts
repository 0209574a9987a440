import type { Db } from '../../db/connect.js';
import type { PeopleScope } from '../../lib/access.js';
import { personInScope } from './identity.query.js';
import { EXIT_STATUSES } from '../../../common/roles.js';

// The identity read-model's SQL: who a person is (number, name, status), where they sit (team,
// department) and who leads them. Every module asks identity.service.ts for these facts instead of
// joining employees, teams and departments itself.

/** Batches stay well below SQLite's 32,766 bound parameters and PostgreSQL's 65,535. */
const CHUNK = 5000;

async function chunked<T>(ids: string[], run: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await run(ids.slice(i, i + CHUNK))));
  return out;
}

const base = (db: Db) =>
  db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .leftJoin('employees as s', 's.id', 'e.supervisor_id')
    .select([
      'e.id',
      'e.employee_no',
      'e.name',
      'e.status',
      'e.hire_date',
      'e.position',
      'e.team_id',
      't.name as team_name',
      't.department_id',
      'd.name as department_name',
      'e.supervisor_id',
      's.name as supervisor_name',
    ]);

export const identityRows = (db: Db, ids: string[]) =>
  chunked(ids, (part) => base(db).where('e.id', 'in', part).execute());

/** Everyone, for the in-memory directory (identity.service.ts). */
export const allIdentityRows = (db: Db) => base(db).execute();

export interface PeopleQuery {
  scope: PeopleScope;
  statuses?: readonly string[];
  ids?: readonly string[];
  teamIds?: readonly string[];
  /** Leave out the people who have left (eliminated, resigned, dismissed). */
  current?: boolean;
}

/** The people a query names, in employee-number order. */
export const peopleRows = (db: Db, f: PeopleQuery) =>
  base(db)
    .where(personInScope('e.id', f.scope))
    .$if(!!f.statuses, (q) => q.where('e.status', 'in', f.statuses!.length ? [...f.statuses!] : ['']))
    .$if(!!f.ids, (q) => q.where('e.id', 'in', f.ids!.length ? [...f.ids!] : ['']))
    .$if(!!f.teamIds, (q) => q.where('e.team_id', 'in', f.teamIds!.length ? [...f.teamIds!] : ['']))
    .$if(!!f.current, (q) => q.where('e.status', 'not in', [...EXIT_STATUSES]))
    .orderBy('e.employee_no')
    .execute();

/** People whose name contains `text` or whose number is `text`, among some statuses, by number. */
export const searchRows = (db: Db, text: string | undefined, statuses: readonly string[], limit: number) =>
  base(db)
    .where('e.status', 'in', [...statuses])
    .$if(!!text, (q) =>
      q.where((eb) =>
        eb.or([eb('e.name', 'like', `%${text!.replace(/[\\%_]/g, '')}%`), eb('e.employee_no', '=', text!)]),
      ),
    )
    .orderBy('e.employee_no')
    .limit(limit)
    .execute();

export const teamRows = (db: Db, ids: string[]) =>
  chunked(ids, (part) =>
    db
      .selectFrom('teams as t')
      .innerJoin('departments as d', 'd.id', 't.department_id')
      .select(['t.id', 't.code', 't.name', 't.department_id', 'd.name as department_name'])
      .where('t.id', 'in', part)
      .execute(),
  );

export const departmentRows = (db: Db, ids: string[]) =>
  chunked(ids, (part) => db.selectFrom('departments').select(['id', 'code', 'name']).where('id', 'in', part).execute());

/** Employees (id, team) who hold an enabled account with one of `roles`, optionally only in `teamIds`. */
export const employeesWithRoles = (db: Db, roles: string[], teamIds: string[] | null) =>
  db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('employees as e', 'e.id', 'u.employee_id')
    .select(['e.id', 'e.team_id', 'u.id as user_id'])
    .distinct()
    .where('r.role', 'in', roles)
    .where('u.disabled', '=', 0)
    .$if(teamIds !== null, (q) => q.where('e.team_id', 'in', teamIds!.length ? teamIds! : ['']))
    .execute();

/** The business skills recorded on each person (employees.skills, a JSON array of text). */
export const skillRows = (db: Db, ids: string[]) =>
  chunked(ids, (part) => db.selectFrom('employees').select(['id', 'skills']).where('id', 'in', part).execute());
