import type { Meeting, MeetingInput } from '../../../../common/careers-routines.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { identities, namesOf } from '../../people/identity.service.js';
import { leadOf } from './lead.js';
import * as repo from './routines.repo.js';

// The lead's own meetings (班前会, 周例会): held today, attended by people of the lead's team,
// with the topics and how many recordings were analysed. A tick links one of them.

const MEETINGS_SHOWN_DAYS = 45;

async function toMeetings(db: Db, rows: repo.MeetingRow[]): Promise<Meeting[]> {
  const ids = rows.map((r) => JSON.parse(r.attendees) as string[]);
  const names = await namesOf(db, ids.flat());
  return rows.map((r, i) => ({
    id: r.id,
    employeeId: r.employee_id,
    day: r.day,
    minutes: r.minutes,
    attendees: ids[i].map((id) => ({ id, name: names.get(id) ?? id })),
    topics: r.topics,
    recordingsAnalysed: r.recordings_analysed,
    note: r.note,
    createdAt: r.created_at,
  }));
}

export async function createMeeting(db: Db, actor: Actor, input: MeetingInput): Promise<Meeting> {
  const lead = await leadOf(db, actor);
  const attendees = [...new Set(input.attendeeIds)];
  const people = await identities(db, attendees);
  const strangers = attendees.filter((id) => people.get(id)?.teamId !== lead.teamId);
  if (strangers.length)
    throw ruleBroken(
      'ROUTINE_ATTENDEE_NOT_IN_TEAM',
      `Attendees must be people of your team (${strangers.length} are not)`,
      'attendeeIds',
    );
  const row = {
    id: newId(),
    employee_id: lead.employeeId,
    team_id: lead.teamId,
    day: lead.today,
    minutes: input.minutes,
    attendees: JSON.stringify(attendees),
    topics: input.topics,
    recordings_analysed: input.recordingsAnalysed,
    note: input.note,
    created_at: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertMeeting(trx, row);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'career_routine_meeting',
      entityId: row.id,
      newValue: row,
    });
  });
  return (await toMeetings(db, [row]))[0];
}

/** The lead's meetings of the last weeks, newest first. */
export async function myMeetings(db: Db, actor: Actor): Promise<Meeting[]> {
  const lead = await leadOf(db, actor);
  return toMeetings(db, await repo.meetingsOf(db, lead.employeeId, addDays(lead.today, -MEETINGS_SHOWN_DAYS)));
}
