import type { z } from 'zod';
import { type InterviewInput, type NoticeInput } from '../../../common/elimination.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { workingDeadlineFrom } from '../../lib/calendar.js';
import { localDate, toUtc, nowIso } from '../../lib/clock.js';
import { centerOffset, todayInCenter } from '../../lib/center-time.js';
import { conflict, ruleBroken } from '../../lib/errors.js';
import { notify, settleNotices } from '../../lib/notify.js';
import { getSetting } from '../../lib/settings.js';
import { concerned } from './cases.access.js';
import * as repo from './cases.repo.js';
import type { CaseRow } from './cases.repo.js';
import { link, visibleCase } from './cases.service.js';
import { isClosed } from './cases.view.js';

// The steps of an elimination case after the preliminary list (SPEC §6), in their one order:
// interview → notice → (appeals during the notice) → HR's decision → offboarding → exit talk.
// A step taken too early is refused 422 STEP_OUT_OF_ORDER naming the step that is missing; a
// step taken twice 409. Each step is signed (user id + name), dated, audited and announced to
// the people it concerns, in one transaction with the change. Appeals are in steps.appeals.ts;
// the decision, offboarding and the exit talk in steps.closing.ts.

const ORDER = ['listed', 'interviewed', 'notice', 'offboarding'] as const;
export const MISSING: Record<string, string> = {
  listed: 'interview',
  interviewed: 'notice',
  notice: 'decision',
  offboarding: 'offboarding',
};

export function requireOpen(c: CaseRow) {
  if (isClosed(c.status)) throw conflict('CASE_CLOSED', `The case is closed (${c.status})`);
}

/** The case must be exactly at `status`; earlier → 422 naming the missing step, later → 409 done already. */
export function requireAt(c: CaseRow, status: (typeof ORDER)[number], step: string) {
  requireOpen(c);
  const at = ORDER.indexOf(c.status as (typeof ORDER)[number]);
  const want = ORDER.indexOf(status);
  if (at < want)
    throw ruleBroken(
      'STEP_OUT_OF_ORDER',
      `The ${MISSING[c.status]} step must come first (missing step: ${MISSING[c.status]}) before the ${step}`,
    );
  if (at > want) throw conflict('STEP_ALREADY_DONE', `The ${step} step is already done for this case`);
}

export type Step = {
  kind: string;
  data: unknown;
  audit: {
    action: 'update' | 'status_change' | 'create';
    oldValue?: unknown;
    newValue?: unknown;
    reason?: string | null;
  };
};

type Announcement = {
  kind: string;
  params?: Record<string, string | number>;
  extraRoles?: string[];
  userIds?: string[];
};

/** One step inside a transaction: the case moves on at its version, any other writes of the step
 *  (`extra`) follow, the step and audit are written, the people concerned are told. */
export async function commitStep(
  trx: Db,
  actor: Actor,
  c: CaseRow,
  step: Step,
  set: Record<string, unknown>,
  notice: Announcement,
  extra?: (trx: Db) => Promise<void>,
) {
  await repo.updateCaseAtVersion(trx, c.id, c.version, set);
  if (extra) await extra(trx);
  await repo.insertStep(trx, c.id, step.kind, actor, step.data, nowIso());
  await recordAudit(trx, actor, { entity: 'elimination_case', entityId: c.id, ...step.audit });
  // Every step but an appeal is work that waited on the case's page (a home page item, the link
  // of the case's notices): it is done now. A new appeal is new work, and leaves them as they are.
  if (step.kind !== 'appeal') await settleNotices(trx, [link(c.id)]);
  const who = await concerned(trx, c, notice.extraRoles);
  await notify(trx, {
    userIds: [...who.userIds, ...(notice.userIds ?? [])],
    employeeIds: who.employeeIds,
    kind: notice.kind,
    params: { name: c.employee_name, ...notice.params },
    link: link(c.id),
    exceptUserIds: [actor.userId],
  });
}

/** One step in its own transaction. */
export const commit = (
  db: Db,
  actor: Actor,
  c: CaseRow,
  step: Step,
  set: Record<string, unknown>,
  notice: Announcement,
  extra?: (trx: Db) => Promise<void>,
) => db.transaction().execute((trx) => commitStep(trx, actor, c, step, set, notice, extra));

export async function recordInterview(db: Db, actor: Actor, id: string, input: z.output<typeof InterviewInput>) {
  const c = await visibleCase(db, actor, id);
  requireAt(c, 'listed', 'interview');
  if (!input.reasonsExplained)
    throw ruleBroken(
      'REASONS_NOT_EXPLAINED',
      'The reasons and evidence must be explained to the trainee in the interview',
      'reasonsExplained',
    );
  const heldAt = toUtc(input.heldAt);
  if (heldAt > nowIso()) throw ruleBroken('DATE_IN_FUTURE', 'An interview is recorded after it took place', 'heldAt');
  const data = {
    heldAt,
    present: input.present,
    reasonsExplained: true,
    traineeStatement: input.traineeStatement,
    notes: input.notes ?? null,
  };
  await commit(
    db,
    actor,
    c,
    {
      kind: 'interview',
      data,
      audit: { action: 'status_change', oldValue: { status: c.status }, newValue: { status: 'interviewed', heldAt } },
    },
    { status: 'interviewed' },
    { kind: 'elimination_interview_recorded' },
  );
}

export async function publishNotice(db: Db, actor: Actor, id: string, input: z.output<typeof NoticeInput>) {
  const c = await visibleCase(db, actor, id);
  requireAt(c, 'interviewed', 'notice');
  const today = await todayInCenter(db);
  const publishedOn = input.publishedOn ?? today;
  const offset = await centerOffset(db);
  const interview = (await repo.stepsOf(db, c.id)).find((s) => s.kind === 'interview');
  const interviewDay = interview ? localDate(JSON.parse(interview.data).heldAt, offset) : null;
  if (interviewDay && publishedOn < interviewDay)
    throw ruleBroken(
      'NOTICE_BEFORE_INTERVIEW',
      `The notice cannot start before the interview (${interviewDay})`,
      'publishedOn',
    );
  // A notice posted earlier and entered late is allowed, with the reason on record.
  if (publishedOn < today && !input.backdateReason?.trim()) {
    throw ruleBroken(
      'BACKDATE_REASON_REQUIRED',
      'A notice dated before today needs the reason it is recorded late',
      'backdateReason',
    );
  }
  const days = await getSetting(db, 'elimination.noticeWorkingDays');
  // Through a year the calendar lacks, the end is provisional: the notice runs, appeals are taken,
  // and HR's decision waits until the year is entered (the calendar change counts it again).
  const { day: endsOn, endsAt, provisionalYear } = await workingDeadlineFrom(db, publishedOn, days);
  const data = {
    publishedOn,
    endsOn,
    endsAt,
    provisionalYear,
    workingDays: days,
    backdateReason: publishedOn < today ? input.backdateReason : null,
  };
  await commit(
    db,
    actor,
    c,
    {
      kind: 'notice',
      data,
      audit: {
        action: 'status_change',
        oldValue: { status: c.status },
        newValue: { status: 'notice', ...data },
        reason: data.backdateReason,
      },
    },
    {
      status: 'notice',
      notice_published_on: publishedOn,
      notice_ends_on: endsOn,
      notice_ends_at: endsAt,
      notice_provisional_year: provisionalYear,
    },
    { kind: 'elimination_notice_published', params: { publishedOn, endsOn } },
  );
  return { publishedOn, endsOn, endsAt, provisionalYear };
}
