import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { CareerPanelScoresTable } from '../../../db/schema-careers-panel.js';

// Kysely queries of the panel part: the round and its shortlisted nominations (the careers
// module's own tables), the sheet setup, the scorers and their scores.

export const findRound = (db: Db, id: string) =>
  db.selectFrom('career_rounds').selectAll().where('id', '=', id).executeTakeFirst();

export const roundsByIds = (db: Db, ids: string[]) =>
  ids.length ? db.selectFrom('career_rounds').selectAll().where('id', 'in', ids).execute() : Promise.resolve([]);

/** The shortlisted candidates of a round (and, once results are out, their outcome), oldest entry first. */
export const shortlisted = (db: Db, roundId: string) =>
  db
    .selectFrom('career_nominations')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('status', '=', 'shortlisted')
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const findNomination = (db: Db, id: string) =>
  db.selectFrom('career_nominations').selectAll().where('id', '=', id).executeTakeFirst();

export const findSetup = (db: Db, roundId: string) =>
  db.selectFrom('career_panel_setups').selectAll().where('round_id', '=', roundId).executeTakeFirst();

/** Writes the setup at `version` when it still has the one before; false when someone else wrote first. */
export async function writeSetup(db: Db, roundId: string, items: string, by: string, at: string, version: number) {
  if (version === 1) {
    await db
      .insertInto('career_panel_setups')
      .values({ round_id: roundId, items, updated_by: by, updated_at: at, version })
      .execute();
    return true;
  }
  const res = await db
    .updateTable('career_panel_setups')
    .set({ items, updated_by: by, updated_at: at, version })
    .where('round_id', '=', roundId)
    .where('version', '=', version - 1)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const scorersOf = (db: Db, roundId: string) =>
  db
    .selectFrom('career_panel_scorers')
    .selectAll()
    .where('round_id', '=', roundId)
    .orderBy('kind')
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const findScorer = (db: Db, roundId: string, employeeId: string) =>
  db
    .selectFrom('career_panel_scorers')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();

/** The rounds a person is named to score in. */
export const scorerRoundsOf = (db: Db, employeeId: string) =>
  db.selectFrom('career_panel_scorers').select(['round_id', 'kind']).where('employee_id', '=', employeeId).execute();

export const deleteScorers = (db: Db, roundId: string, employeeIds: string[]) =>
  employeeIds.length
    ? db
        .deleteFrom('career_panel_scorers')
        .where('round_id', '=', roundId)
        .where('employee_id', 'in', employeeIds)
        .execute()
    : Promise.resolve([]);

export const insertScorers = (
  db: Db,
  rows: { id: string; round_id: string; employee_id: string; kind: string; created_at: string }[],
) => (rows.length ? db.insertInto('career_panel_scorers').values(rows).execute() : Promise.resolve([]));

export const updateScorerKind = (db: Db, roundId: string, employeeId: string, kind: string) =>
  db
    .updateTable('career_panel_scorers')
    .set({ kind })
    .where('round_id', '=', roundId)
    .where('employee_id', '=', employeeId)
    .execute();

export const scoresOf = (db: Db, roundId: string, scorerId?: string) => {
  let q = db.selectFrom('career_panel_scores').selectAll().where('round_id', '=', roundId);
  if (scorerId) q = q.where('scorer_id', '=', scorerId);
  return q.orderBy('nomination_id').orderBy('scorer_id').orderBy('item_key').execute();
};

export const anyScore = (db: Db, roundId: string) =>
  db.selectFrom('career_panel_scores').select('id').where('round_id', '=', roundId).limit(1).executeTakeFirst();

/** Replaces one scorer's sheet for one candidate. */
export async function replaceSheet(
  db: Db,
  nominationId: string,
  scorerId: string,
  rows: Insertable<CareerPanelScoresTable>[],
) {
  await db
    .deleteFrom('career_panel_scores')
    .where('nomination_id', '=', nominationId)
    .where('scorer_id', '=', scorerId)
    .execute();
  await db.insertInto('career_panel_scores').values(rows).execute();
}

export const decideNomination = (
  db: Db,
  id: string,
  v: {
    panel_average: number | null;
    peer_average: number | null;
    final_score: number | null;
    outcome: string;
    decided_by: string;
    decided_at: string;
  },
) =>
  db
    .updateTable('career_nominations')
    .set((eb) => ({ ...v, updated_at: v.decided_at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();

/** Moves the round to results_published when it still has the version read; the number of rows moved. */
export async function publishRound(db: Db, id: string, version: number, cohortId: string | null, at: string) {
  const res = await db
    .updateTable('career_rounds')
    .set({
      status: 'results_published',
      results_published_at: at,
      cohort_id: cohortId,
      updated_at: at,
      version: version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'candidates_published')
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
