import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { CareerNominationsTable, CareerRoundsTable } from '../../../db/schema-careers.js';

// The reserve part's SQL: rounds and nominations (career_rounds, career_nominations).

export type RoundRow = Selectable<CareerRoundsTable>;
export type NominationRow = Selectable<CareerNominationsTable>;

export const findRound = (db: Db, id: string) =>
  db.selectFrom('career_rounds').selectAll().where('id', '=', id).executeTakeFirst();

export const listRounds = (db: Db, statuses?: string[]) =>
  db
    .selectFrom('career_rounds')
    .selectAll()
    .$if(!!statuses, (q) => q.where('status', 'in', statuses!))
    .orderBy('nominations_open', 'desc')
    .orderBy('id', 'desc')
    .execute();

export const insertRound = (db: Db, row: Insertable<CareerRoundsTable>) =>
  db.insertInto('career_rounds').values(row).execute();

/** Updates the round when it is still at `version`; false when someone else changed it first. */
export async function updateRoundAt(db: Db, id: string, version: number, set: Updateable<CareerRoundsTable>) {
  const r = await db
    .updateTable('career_rounds')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const nominationsOf = (db: Db, roundId: string, statuses?: string[]) =>
  db
    .selectFrom('career_nominations')
    .selectAll()
    .where('round_id', '=', roundId)
    .$if(!!statuses, (q) => q.where('status', 'in', statuses!))
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const findNomination = (db: Db, id: string) =>
  db.selectFrom('career_nominations').selectAll().where('id', '=', id).executeTakeFirst();

export const nominationOfPerson = (db: Db, roundId: string, employeeId: string) =>
  db
    .selectFrom('career_nominations')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();

/** A new entry as it is before anyone screens or scores it. */
export const newEntry = (
  e: Pick<CareerNominationsTable, 'id' | 'round_id' | 'employee_id' | 'source' | 'statement' | 'eligibility'> & {
    at: string;
    recommended_by?: string | null;
    recommendation?: string | null;
  },
): Insertable<CareerNominationsTable> => ({
  id: e.id,
  round_id: e.round_id,
  employee_id: e.employee_id,
  source: e.source,
  statement: e.statement,
  recommended_by: e.recommended_by ?? null,
  recommendation: e.recommendation ?? null,
  eligibility: e.eligibility,
  status: 'nominated',
  screening_reason: null,
  screened_by: null,
  screened_at: null,
  panel_average: null,
  peer_average: null,
  final_score: null,
  outcome: null,
  decided_by: null,
  decided_at: null,
  created_at: e.at,
  updated_at: e.at,
  version: 1,
});

export const insertNomination = (db: Db, row: Insertable<CareerNominationsTable>) =>
  db.insertInto('career_nominations').values(row).execute();

export async function updateNominationAt(db: Db, id: string, version: number, set: Updateable<CareerNominationsTable>) {
  const r = await db
    .updateTable('career_nominations')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Entries and shortlisted counts per round. */
export async function countsByRound(db: Db) {
  const rows = await db
    .selectFrom('career_nominations')
    .select(['round_id', 'status'])
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('status', '!=', 'withdrawn')
    .groupBy(['round_id', 'status'])
    .execute();
  const out = new Map<string, { entries: number; shortlisted: number }>();
  for (const r of rows) {
    const c = out.get(r.round_id) ?? { entries: 0, shortlisted: 0 };
    c.entries += Number(r.n);
    if (r.status === 'shortlisted') c.shortlisted += Number(r.n);
    out.set(r.round_id, c);
  }
  return out;
}
