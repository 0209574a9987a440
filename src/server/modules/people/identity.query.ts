import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PeopleScope } from '../../lib/access.js';

// The one exception to "ask identity.service.ts": a repository that must filter or sort by who a
// person is *in SQL* (a people-scope WHERE clause, a team filter, ORDER BY name on a paged list)
// takes these expressions instead of joining employees, teams and departments itself. Each one
// is a subquery on a column that holds an employee id (`'e.agent_id'`, `'r.employee_id'`), so the
// caller's query keeps its own shape and the org tables stay spelled in the people module only.
// Names, teams and leads to *show* come from `identities()` — one extra query per list, no join.

const eb = expressionBuilder<Database>();

/** Whom a person filter lets through: anyone listed, anyone in the teams, anyone in the departments. */
export interface PeopleSet {
  employeeIds?: readonly string[];
  teamIds?: readonly string[];
  departmentIds?: readonly string[];
}

const never = () => sql<SqlBool>`1 = 0`;
const always = () => sql<SqlBool>`1 = 1`;

/** `ref` is in the set (the union of its lists; an empty set lets nobody through). */
export function personIn(ref: string, set: PeopleSet): Expression<SqlBool> {
  const person = sql.ref<string>(ref);
  const ors: Expression<SqlBool>[] = [];
  if (set.employeeIds?.length) ors.push(eb(person, 'in', [...set.employeeIds]));
  const teams = set.teamIds ?? [];
  const depts = set.departmentIds ?? [];
  if (teams.length || depts.length)
    ors.push(
      eb(
        person,
        'in',
        eb
          .selectFrom('employees as idn_e')
          .innerJoin('teams as idn_t', 'idn_t.id', 'idn_e.team_id')
          .select('idn_e.id')
          .where((w) =>
            w.or([
              ...(teams.length ? [w('idn_e.team_id', 'in', [...teams])] : []),
              ...(depts.length ? [w('idn_t.department_id', 'in', [...depts])] : []),
            ]),
          ),
      ),
    );
  return ors.length ? eb.or(ors) : never();
}

/** `ref` is someone the people scope lets the actor see (lib/access.ts `peopleScope`). */
export const personInScope = (ref: string, scope: PeopleScope): Expression<SqlBool> =>
  scope.kind === 'all' ? always() : personIn(ref, scope);

/** `ref` is in this team (when given) and this department (when given) — a list's filters, ANDed. */
export function personWhere(ref: string, f: { teamId?: string | null; departmentId?: string | null }) {
  const ands: Expression<SqlBool>[] = [];
  if (f.teamId) ands.push(personIn(ref, { teamIds: [f.teamId] }));
  if (f.departmentId) ands.push(personIn(ref, { departmentIds: [f.departmentId] }));
  return ands.length ? eb.and(ands) : always();
}

const field = <C extends 'name' | 'employee_no' | 'team_id'>(ref: string, column: C) =>
  eb
    .selectFrom('employees as idn_p')
    .select(`idn_p.${column}` as `idn_p.${C}`)
    .whereRef('idn_p.id', '=', sql.ref<string>(ref))
    .$asScalar();

/** The person's name, for ORDER BY on a paged list (the database's collation, as before). */
export const personName = (ref: string) => field(ref, 'name');
/** The person's employee number, for ORDER BY on a paged list. */
export const personNo = (ref: string) => field(ref, 'employee_no');
/** The person's team, for GROUP BY in an aggregate that counts per team. */
export const personTeam = (ref: string) => field(ref, 'team_id');

/** The team's name, for a list that shows and sorts by it (ref: a team id column). */
export const teamName = (ref: string) =>
  eb.selectFrom('teams as idn_t').select('idn_t.name').whereRef('idn_t.id', '=', sql.ref<string>(ref)).$asScalar();

/**
 * `ref` is someone `me` supervises directly: their supervisor is `me`, or — when `leadsTeam` is
 * given — they have no supervisor, sit in that team and are not `me` (a team lead stands in).
 */
export function personReportsTo(ref: string, me: string, leadsTeam: string | null): Expression<SqlBool> {
  return eb(
    sql.ref<string>(ref),
    'in',
    eb
      .selectFrom('employees as idn_s')
      .select('idn_s.id')
      .where((w) =>
        w.or([
          w('idn_s.supervisor_id', '=', me),
          ...(leadsTeam
            ? [
                w.and([
                  w('idn_s.supervisor_id', 'is', null),
                  w('idn_s.team_id', '=', leadsTeam),
                  w('idn_s.id', '!=', me),
                ]),
              ]
            : []),
        ]),
      ),
  );
}
