import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { AppraisalExternalValueTable } from '../../../db/schema-appraisal-cycles.js';
import { personName, personNo } from '../../people/identity.query.js';

// Values with no source in Seatwise (sales), per cycle and person.
export function externalValues(db: Db, cycleId: string, code: string, personIds: string[] | null) {
  let q = db
    .selectFrom('appraisal_external_values')
    .selectAll()
    .where('cycle_id', '=', cycleId)
    .where('code', '=', code);
  if (personIds) q = q.where('employee_id', 'in', personIds);
  return q.execute();
}

export const externalRows = (db: Db, cycleId: string) =>
  db
    .selectFrom('appraisal_external_values as x')
    .select([
      'x.employee_id',
      personNo('x.employee_id').as('employee_no'),
      personName('x.employee_id').as('name'),
      'x.code',
      'x.value',
      'x.source',
      'x.file_name',
      'x.entered_by_name',
      'x.entered_at',
    ])
    .where('x.cycle_id', '=', cycleId)
    .orderBy(personNo('x.employee_id'))
    .execute();

/** Replaces the values of these people for the code (the rest stay). */
export async function putExternal(trx: Db, rows: Insertable<AppraisalExternalValueTable>[]) {
  if (!rows.length) return;
  const { cycle_id, code } = rows[0];
  const ids = rows.map((r) => r.employee_id);
  for (let i = 0; i < ids.length; i += 500)
    await trx
      .deleteFrom('appraisal_external_values')
      .where('cycle_id', '=', cycle_id)
      .where('code', '=', code)
      .where('employee_id', 'in', ids.slice(i, i + 500))
      .execute();
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('appraisal_external_values')
      .values(rows.slice(i, i + 500))
      .execute();
}

/** The people of a cycle by employee number (the rows of an entry name people by it). */
export const peopleOfCycle = (db: Db, cycleId: string) =>
  db
    .selectFrom('appraisal_sheets as s')
    .select(['s.employee_id as id', personNo('s.employee_id').as('employee_no')])
    .where('s.cycle_id', '=', cycleId)
    .execute();

/** Which of the employee numbers exist at all (to tell "not in this cycle" from "no such person"). */
export async function knownEmployeeNos(db: Db, nos: string[]) {
  const known = new Set<string>();
  for (let i = 0; i < nos.length; i += 500)
    for (const e of await db
      .selectFrom('employees')
      .select('employee_no')
      .where('employee_no', 'in', nos.slice(i, i + 500))
      .execute())
      known.add(e.employee_no);
  return known;
}
