import type { Db } from '../../../db/connect.js';
import { conflict } from '../../../lib/errors.js';
import { localTime } from '../../../lib/clock.js';
import { withIdentity } from '../../people/identity.service.js';
import * as repo from './sessions.repo.js';

// Clash detection (SPEC §3, issue 3 item 4). Two scheduled sessions clash when their times
// overlap — a.start < b.end and b.start < a.end, so sessions that only touch at an edge
// (09:00–10:00 and 10:00–11:00) do not — and they share the trainer, the room (compared without
// case and surrounding spaces), or a person: an enrolled trainee, or the trainer's own person
// (an internal trainer cannot teach while booked as a learner elsewhere, and the other way round).

export interface Booking {
  /** The session being changed, left out of the comparison. */
  sessionId?: string | null;
  trainerId: string;
  room: string | null;
  startsAt: string;
  endsAt: string;
  /** The people to check (on enrolment: only the new ones). */
  employeeIds: string[];
}

export interface Clash {
  kind: 'trainer' | 'room' | 'trainee';
  who: string;
  employeeId: string | null;
  session: { id: string; title: string; startsAt: string; endsAt: string; room: string | null; trainerName: string };
}

const roomKey = (r: string | null) => (r ? r.trim().replace(/\s+/g, ' ').toLowerCase() : null);

export async function findClashes(db: Db, b: Booking): Promise<Clash[]> {
  const overlapping = await repo.overlappingSessions(db, { ...b, exceptId: b.sessionId });
  if (!overlapping.length) return [];

  const trainer = await repo.trainerRow(db, b.trainerId);
  const ref = (s: (typeof overlapping)[number]) => ({
    id: s.id,
    title: s.title ?? s.course_title,
    startsAt: s.starts_at,
    endsAt: s.ends_at,
    room: s.room,
    trainerName: s.trainer_name,
  });
  const clashes: Clash[] = [];
  const key = roomKey(b.room);
  for (const s of overlapping) {
    const samePerson = trainer?.employee_id && s.trainer_employee_id === trainer.employee_id;
    if (s.trainer_id === b.trainerId || samePerson) {
      clashes.push({
        kind: 'trainer',
        who: trainer?.name ?? s.trainer_name,
        employeeId: trainer?.employee_id ?? null,
        session: ref(s),
      });
    }
    if (key && roomKey(s.room) === key) clashes.push({ kind: 'room', who: s.room!, employeeId: null, session: ref(s) });
  }

  const ids = overlapping.map((s) => s.id);
  const byId = new Map(overlapping.map((s) => [s.id, s]));
  // The trainer's own person booked as a learner in an overlapping session.
  if (trainer?.employee_id) {
    const learning = await repo.sessionsBookedBy(db, ids, trainer.employee_id);
    for (const l of learning)
      clashes.push({
        kind: 'trainer',
        who: trainer.name,
        employeeId: trainer.employee_id,
        session: ref(byId.get(l.session_id)!),
      });
  }
  // Trainees booked elsewhere, or teaching elsewhere, at the same time.
  const people = [...new Set(b.employeeIds)];
  for (let i = 0; i < people.length; i += 500) {
    const chunk = people.slice(i, i + 500);
    const booked = await withIdentity(
      db,
      await repo.bookingsAmong(db, ids, chunk),
      (r) => r.employee_id,
      (p) => ({ id: p.id, name: p.name }),
    );
    for (const p of booked)
      clashes.push({ kind: 'trainee', who: p.name, employeeId: p.id, session: ref(byId.get(p.session_id)!) });
    const teaching = overlapping.filter((s) => s.trainer_employee_id && chunk.includes(s.trainer_employee_id));
    for (const s of teaching)
      clashes.push({ kind: 'trainee', who: s.trainer_name, employeeId: s.trainer_employee_id, session: ref(s) });
  }
  return clashes;
}

const FIELD = { trainer: 'trainerId', room: 'room', trainee: 'employeeIds' } as const;
const CODE = { trainer: 'TRAINER_CLASH', room: 'ROOM_CLASH', trainee: 'TRAINEE_CLASH' } as const;
const LABEL = { trainer: 'Trainer', room: 'Room', trainee: 'Trainee' } as const;

/**
 * 409 naming the clash: the error code says what (TRAINER_CLASH, ROOM_CLASH, TRAINEE_CLASH),
 * `field` where, and the message who and which other session, e.g.
 * "Trainee 王芳 is already booked then: 产品知识 2026-11-24 09:00–12:00 (session 0193…)".
 * Up to three clashes are named; POST /api/training/sessions/check lists them all.
 */
export function refuseClashes(clashes: Clash[], offsetMinutes: number) {
  if (!clashes.length) return;
  const first = clashes[0].kind;
  const named = clashes.slice(0, 3).map((c) => {
    const s = c.session;
    return `${LABEL[c.kind]} ${c.who} is already booked then: ${s.title} ${localTime(s.startsAt, offsetMinutes)}–${localTime(s.endsAt, offsetMinutes).slice(11)}${s.room ? ` in ${s.room}` : ''} (session ${s.id})`;
  });
  const more = clashes.length > 3 ? `; and ${clashes.length - 3} more` : '';
  throw conflict(CODE[first], `${named.join('; ')}${more}`, FIELD[first]);
}
