import type { Expression, SqlBool } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { DrillRecordingsTable } from '../../../db/schema-drills-practice.js';

// SQL of the recordings part: drill_recordings with the card (and its script at the recorded
// revision) beside each row. Who may see which rows is decided by the service and passed in as
// a WHERE expression on r.employee_id.

export const cardById = (db: Db, id: string) =>
  db
    .selectFrom('drill_cards')
    .select(['id', 'deck_id', 'kind', 'revision', 'status', 'prompt'])
    .where('id', '=', id)
    .executeTakeFirst();

/** Whether the person has a state for the card (they met it, or an error or a change boosted it to them). */
export const hasState = async (db: Db, employeeId: string, cardId: string) =>
  !!(await db
    .selectFrom('drill_states')
    .select('card_id')
    .where('employee_id', '=', employeeId)
    .where('card_id', '=', cardId)
    .executeTakeFirst());

export async function insertRecording(db: Db, row: DrillRecordingsTable) {
  await db.insertInto('drill_recordings').values(row).execute();
}

export const recordingById = (db: Db, id: string) =>
  db.selectFrom('drill_recordings').selectAll().where('id', '=', id).executeTakeFirst();

function listed(db: Db, who: Expression<SqlBool>, state?: 'rated' | 'unrated') {
  let q = db
    .selectFrom('drill_recordings as r')
    .innerJoin('drill_cards as c', 'c.id', 'r.card_id')
    .leftJoin('drill_decks as d', 'd.id', 'c.deck_id')
    .leftJoin('drill_card_revisions as v', (j) =>
      j.onRef('v.card_id', '=', 'r.card_id').onRef('v.revision', '=', 'r.revision'),
    )
    .where(who);
  if (state === 'rated') q = q.where('r.mentor_rating', 'is not', null);
  if (state === 'unrated') q = q.where('r.mentor_rating', 'is', null);
  return q;
}

/** One page of recordings whose person passes `who`, newest first, with their card. */
export async function listRecordings(
  db: Db,
  who: Expression<SqlBool>,
  o: { state?: 'rated' | 'unrated'; limit: number; offset: number },
) {
  const total = await listed(db, who, o.state)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await listed(db, who, o.state)
    .select([
      'r.id',
      'r.employee_id',
      'r.card_id',
      'r.revision',
      'r.mime',
      'r.bytes',
      'r.seconds',
      'r.review_id',
      'r.self_rating',
      'r.mentor_id',
      'r.mentor_rating',
      'r.mentor_note',
      'r.rated_at',
      'r.created_at',
      'r.version',
      'd.name as deck_name',
      'c.prompt as card_prompt',
      'c.answer as card_answer',
      'v.prompt as revision_prompt',
      'v.answer as revision_answer',
    ])
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(o.limit)
    .offset(o.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Marks the recording as the one saved with a review; 0 when it was linked meanwhile. */
export async function setReview(db: Db, id: string, reviewId: string, selfRating: number) {
  const res = await db
    .updateTable('drill_recordings')
    .set((eb) => ({ review_id: reviewId, self_rating: selfRating, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('review_id', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** A mentor's rating, if the row still has `version`; returns how many rows changed. */
export async function setRating(
  db: Db,
  id: string,
  version: number,
  r: { mentorId: string; rating: number; note: string | null; at: string },
) {
  const res = await db
    .updateTable('drill_recordings')
    .set({
      mentor_id: r.mentorId,
      mentor_rating: r.rating,
      mentor_note: r.note,
      rated_at: r.at,
      version: version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
