import type { z } from 'zod';
import {
  ATTENDANCE_KINDS,
  type DisciplineInput,
  type DisciplineKindName,
  type DisciplineListQuery,
} from '../../../common/discipline.js';
import type { Db } from '../../db/connect.js';
import { requirePersonInScope } from '../../lib/access.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { todayInCenter } from '../../lib/center-time.js';
import { addDays, nowIso } from '../../lib/clock.js';
import { AppError, conflict, ruleBroken } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { notify, userIdsWithRoles } from '../../lib/notify.js';
import { getSetting } from '../../lib/settings.js';
import { getInteraction } from '../interactions/records/records.service.js';
import { getSession } from '../training/sessions/sessions.service.js';
import { recordScope, requireVisible } from './discipline.access.js';
import * as repo from './discipline.repo.js';
import { toDetail, toEvent, toSummary } from './discipline.view.js';
import { identity } from '../people/identity.service.js';

// Discipline records (issue 17 item 6): recording one with its evidence, reading them. The
// person's reply or appeal and HR's decision are in discipline.steps.ts.
//
// Rules when recording: the person is in the recorder's sight (else 404, as if unknown) and is
// not the recorder; the day is not in the future, not before the hire date, and not so old that
// the record would already have expired (occurredOn + discipline.expiryDays); there is evidence —
// written, or a linked call/chat of the person's or their attendance record in a training
// session, each of which the recorder must be able to see; a linked attendance record of an
// attendance kind must say the same (late / left early / absent); one attendance-kind record per
// person, kind and day.

const ATTENDANCE_STATUS: Record<string, string> = { lateness: 'late', early_leave: 'left_early', absence: 'absent' };
export const link = (id: string) => `/discipline?record=${id}`;

const notFoundAs = async <T>(work: Promise<T>, code: string, message: string, field: string) => {
  try {
    return await work;
  } catch (err) {
    // Unknown and out of sight read the same: a 422 on the field, never a hint that it exists.
    if (err instanceof AppError && err.statusCode === 404) throw ruleBroken(code, message, field);
    throw err;
  }
};

const personRow = async (db: Db, id: string) => {
  const p = await identity(db, id);
  return p && { id: p.id, name: p.name, hire_date: p.hireDate, team_id: p.teamId, department_id: p.departmentId };
};

async function checkLinks(db: Db, actor: Actor, personId: string, input: z.output<typeof DisciplineInput>) {
  if (input.interactionId) {
    const i = await notFoundAs(
      getInteraction(db, actor, input.interactionId),
      'UNKNOWN_INTERACTION',
      'No such interaction in your sight',
      'interactionId',
    );
    if (i.agentId !== personId)
      throw ruleBroken('INTERACTION_NOT_THEIRS', 'The interaction was handled by someone else', 'interactionId');
  }
  if (input.attendanceSessionId) {
    const s = await notFoundAs(
      getSession(db, actor, input.attendanceSessionId),
      'UNKNOWN_ATTENDANCE',
      'No such training session in your sight',
      'attendanceSessionId',
    );
    const mine = s.people.find((p) => p.employeeId === personId)?.attendance;
    if (!mine)
      throw ruleBroken(
        'NO_ATTENDANCE_RECORD',
        'The person has no attendance record in this session',
        'attendanceSessionId',
      );
    const expected = ATTENDANCE_STATUS[input.kind];
    if (expected && mine.status !== expected) {
      throw ruleBroken(
        'ATTENDANCE_MISMATCH',
        `The attendance record says ${mine.status}, not ${expected}`,
        'attendanceSessionId',
      );
    }
  }
}

export async function createRecord(db: Db, actor: Actor, input: z.output<typeof DisciplineInput>) {
  const person = requirePersonInScope(actor, await personRow(db, input.employeeId));
  if (actor.employeeId === person.id)
    throw ruleBroken('SELF_RECORD', 'A discipline record about yourself is recorded by someone else', 'employeeId');
  const today = await todayInCenter(db);
  if (input.occurredOn > today) throw ruleBroken('DATE_IN_FUTURE', 'A record is made after the fact', 'occurredOn');
  if (input.occurredOn < person.hire_date)
    throw ruleBroken('BEFORE_HIRE', `The person was hired on ${person.hire_date}`, 'occurredOn');
  const expiresOn = addDays(input.occurredOn, await getSetting(db, 'discipline.expiryDays'));
  if (expiresOn <= today)
    throw ruleBroken('ALREADY_EXPIRED', `A record of that day would have expired on ${expiresOn}`, 'occurredOn');
  if (!input.evidenceText && !input.interactionId && !input.attendanceSessionId) {
    throw ruleBroken(
      'EVIDENCE_MISSING',
      'Give the evidence: in writing, or link the interaction or the attendance record',
      'evidenceText',
    );
  }
  await checkLinks(db, actor, person.id, input);
  const attendanceKind = (ATTENDANCE_KINDS as readonly string[]).includes(input.kind);
  if (attendanceKind && (await repo.sameDayRecord(db, person.id, input.kind, input.occurredOn))) {
    throw conflict('DUPLICATE_RECORD', 'This person already has such a record for that day', 'occurredOn');
  }

  const id = newId();
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await repo.insertRecord(trx, {
      id,
      employee_id: person.id,
      kind: input.kind,
      occurred_on: input.occurredOn,
      description: input.description,
      evidence_text: input.evidenceText ?? null,
      interaction_id: input.interactionId ?? null,
      attendance_session_id: input.attendanceSessionId ?? null,
      status: 'pending',
      expires_on: expiresOn,
      recorded_by: actor.userId,
      recorded_by_name: actor.name,
      recorded_at: at,
      response_kind: null,
      response_text: null,
      responded_at: null,
      decision: null,
      decision_reason: null,
      decided_by: null,
      decided_by_name: null,
      decided_at: null,
      version: 1,
      updated_at: at,
    });
    await repo.insertEvent(
      trx,
      id,
      'recorded',
      actor,
      { kind: input.kind, occurredOn: input.occurredOn, expiresOn },
      at,
    );
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'discipline_record',
      entityId: id,
      newValue: { employeeId: person.id, kind: input.kind, occurredOn: input.occurredOn, status: 'pending', expiresOn },
    });
    const params = { name: person.name, occurredOn: input.occurredOn };
    await notify(trx, {
      employeeIds: [person.id],
      kind: 'discipline_recorded',
      params,
      link: link(id),
      exceptUserIds: [actor.userId],
    });
    await notify(trx, {
      userIds: await userIdsWithRoles(trx, ['hr']),
      kind: 'discipline_to_decide',
      params,
      link: link(id),
      exceptUserIds: [actor.userId],
    });
  });
  return id;
}

export async function listRecords(db: Db, actor: Actor, q: z.output<typeof DisciplineListQuery>) {
  const today = await todayInCenter(db);
  const { rows, total } = await repo.listRecords(db, recordScope(actor), q, today);
  return { data: rows.map((r) => toSummary(r, today)), total };
}

/** A record the actor may see, or 404. */
export const visibleRecord = async (db: Db, actor: Actor, id: string) =>
  requireVisible(actor, await repo.findRecord(db, id));

export async function recordDetail(db: Db, actor: Actor, id: string) {
  return toDetail(db, actor, await visibleRecord(db, actor, id), await todayInCenter(db));
}

/** The timeline of a person's records for their file (人员档案): 404 when the person is out of sight. */
export async function personEvents(db: Db, actor: Actor, employeeId: string) {
  requirePersonInScope(actor, await personRow(db, employeeId));
  return (await repo.eventsOfPerson(db, employeeId)).map((e) => ({
    recordId: e.record_id,
    recordKind: e.record_kind as DisciplineKindName,
    ...toEvent(e),
  }));
}
