import { sql } from 'kysely';
import type {
  RecordingLimits,
  RecordingRatingInput,
  RecordingsQuery,
  RecordingView,
} from '../../../../common/drills-recordings.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { AppError, badRequest, conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify } from '../../../lib/notify.js';
import { getSetting } from '../../../lib/settings.js';
import { identities } from '../../people/identity.service.js';
import { personInScope } from '../../people/identity.query.js';
import { audioTypeOf, readRecordingFile, storeRecordingFile } from './recording-files.js';
import { coaches, mayListen, ownEmployee, placeOf, practisableCard } from './recordings.access.js';
import * as repo from './recordings.repo.js';

// Read-aloud recordings (issue 20 item 1): a learner uploads a reading of a read_aloud card they
// practise; saving the review links it and keeps their own rating (linkRecording, called by
// practice's recordReview in its transaction); a mentor or lead who sees them listens and rates
// it 1–5 with a note, and the learner is told.

export async function recordingLimits(db: Db): Promise<RecordingLimits> {
  return {
    maxSeconds: await getSetting(db, 'drills.recordingMaxSeconds'),
    maxMb: await getSetting(db, 'drills.recordingMaxMb'),
  };
}

/** The length the browser measured: a whole number of seconds, at most the setting; null when not sent. */
async function secondsOf(db: Db, raw: string | undefined) {
  if (raw === undefined || raw.trim() === '') return null;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 86_400)
    throw badRequest('RECORDING_BAD_SECONDS', 'seconds: send the recording’s length in seconds', 'seconds');
  const max = await getSetting(db, 'drills.recordingMaxSeconds');
  const seconds = Math.round(n);
  if (seconds > max)
    throw new AppError(422, 'RECORDING_TOO_LONG', `A recording may last at most ${max} seconds`, 'seconds', { max });
  return seconds;
}

/** The upload as lib/single-upload.ts reads it. */
export interface RecordingForm {
  fields: Record<string, string>;
  name: string;
  declaredType: string | undefined;
  read: () => Promise<Buffer>;
}

/** Keeps the actor's recording of a read_aloud card they practise. The fields are checked before the file is read. */
export async function uploadRecording(db: Db, actor: Actor, form: RecordingForm) {
  const employeeId = ownEmployee(actor);
  const cardId = (form.fields.cardId ?? '').trim();
  if (!cardId || cardId.length > 64)
    throw badRequest('RECORDING_NO_CARD', 'cardId: send the card’s id in the field cardId, before the file', 'cardId');
  const seconds = await secondsOf(db, form.fields.seconds);
  const card = await practisableCard(db, employeeId, cardId);
  const buf = await form.read();
  const mime = audioTypeOf(buf, form.declaredType);
  const id = newId();
  const at = nowIso();
  await storeRecordingFile(db, id, mime, buf, (trx, storedName) =>
    repo.insertRecording(trx, {
      id,
      employee_id: employeeId,
      card_id: card.id,
      revision: card.revision,
      file_name: form.name.replace(/[\\/]/g, '_').slice(0, 200) || 'recording',
      stored_name: storedName,
      mime,
      bytes: buf.length,
      seconds,
      review_id: null,
      self_rating: null,
      mentor_id: null,
      mentor_rating: null,
      mentor_note: null,
      rated_at: null,
      created_at: at,
      version: 1,
    }),
  );
  return { id, cardId: card.id, mime, bytes: buf.length, seconds, createdAt: at };
}

/**
 * Marks the learner's recording as the one saved with their review of the card, with their own
 * rating. Practice's recordReview calls it inside its transaction (pass the trx). 404 for an
 * unknown recording; 422 RECORDING_NOT_YOURS / RECORDING_OTHER_CARD; 409 RECORDING_ALREADY_LINKED.
 */
export async function linkRecording(
  db: Db,
  o: { recordingId: string; employeeId: string; cardId: string; reviewId: string; selfRating: number },
): Promise<void> {
  const rec = await repo.recordingById(db, o.recordingId);
  if (!rec) throw notFound('Recording');
  if (rec.employee_id !== o.employeeId)
    throw ruleBroken('RECORDING_NOT_YOURS', 'The recording is someone else’s', 'recordingId');
  if (rec.card_id !== o.cardId)
    throw ruleBroken('RECORDING_OTHER_CARD', 'The recording is of another card', 'recordingId');
  if (!(await repo.setReview(db, rec.id, o.reviewId, o.selfRating)))
    throw conflict('RECORDING_ALREADY_LINKED', 'The recording was already saved with a review', 'recordingId');
}

/** My recordings, or (to_rate) those of the people I coach; 403 for to_rate without a coaching permission. */
export async function listRecordings(db: Db, actor: Actor, q: RecordingsQuery) {
  let who;
  if (q.scope === 'mine') {
    who = sql<boolean>`r.employee_id = ${ownEmployee(actor)}`;
  } else {
    if (!coaches(actor)) throw forbidden('Only mentors, leads and training staff rate recordings');
    const inScope = personInScope('r.employee_id', peopleScope(actor));
    who = actor.employeeId ? sql<boolean>`(${inScope}) and r.employee_id <> ${actor.employeeId}` : inScope;
  }
  const { rows, total } = await repo.listRecordings(db, who, {
    state: q.state,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const people = await identities(db, [...rows.map((r) => r.employee_id), ...rows.map((r) => r.mentor_id)]);
  const data: RecordingView[] = rows.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    employeeName: people.get(r.employee_id)?.name ?? '',
    teamName: people.get(r.employee_id)?.teamName ?? null,
    cardId: r.card_id,
    deckName: r.deck_name,
    prompt: r.revision_prompt ?? r.card_prompt,
    script: r.revision_answer ?? r.card_answer,
    revision: r.revision,
    mime: r.mime,
    bytes: r.bytes,
    seconds: r.seconds,
    reviewed: r.review_id !== null,
    selfRating: r.self_rating,
    mentorId: r.mentor_id,
    mentorName: r.mentor_id ? (people.get(r.mentor_id)?.name ?? null) : null,
    mentorRating: r.mentor_rating,
    mentorNote: r.mentor_note,
    ratedAt: r.rated_at,
    createdAt: r.created_at,
    version: r.version,
    canRate: q.scope === 'to_rate',
  }));
  return { data, total };
}

/** The recording, when the actor may hear it (its learner, their mentor, lead or training staff); else 404. */
async function audible(db: Db, actor: Actor, id: string) {
  const rec = await repo.recordingById(db, id);
  const owner = rec && (await placeOf(db, rec.employee_id));
  if (!rec || !owner || !mayListen(actor, owner)) throw notFound('Recording');
  return rec;
}

export async function recordingFile(db: Db, actor: Actor, id: string) {
  const rec = await audible(db, actor, id);
  return readRecordingFile(rec).catch(() => {
    throw notFound('Recording file');
  });
}

/** A mentor's or lead's rating 1–5 with a note; the learner is told. 403 on one's own; 409 STALE_VERSION. */
export async function rateRecording(db: Db, actor: Actor, id: string, input: RecordingRatingInput) {
  const rec = await audible(db, actor, id);
  if (rec.employee_id === actor.employeeId) throw forbidden('You may not rate your own recording');
  const mentorId = ownEmployee(actor);
  const note = input.note?.trim() || null;
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    if (!(await repo.setRating(trx, rec.id, input.version, { mentorId, rating: input.rating, note, at })))
      throw conflict('STALE_VERSION', 'The recording was rated meanwhile; reload it and rate again', 'version');
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'drill_recording',
      entityId: rec.id,
      oldValue: { mentorRating: rec.mentor_rating, mentorNote: rec.mentor_note },
      newValue: { mentorRating: input.rating, mentorNote: note },
    });
    const card = await repo.cardById(trx, rec.card_id);
    await notify(trx, {
      employeeIds: [rec.employee_id],
      kind: 'drills_recording_rated',
      params: { name: actor.name, rating: input.rating, card: (card?.prompt ?? '').slice(0, 40) },
      link: '/drills/recordings',
      exceptUserIds: [actor.userId],
    });
  });
  return { id: rec.id, mentorRating: input.rating, mentorNote: note, ratedAt: at, version: input.version + 1 };
}
