import type { z } from 'zod';
import {
  OFFBOARDING_ITEMS,
  type AppealAnswerInput,
  type AppealInput,
  type DecisionInput,
  type ExitTalkInput,
  type InterviewInput,
  type NoticeInput,
  type OffboardingInput,
} from '../../../common/elimination.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { requireFinalDeadline, workingDeadlineFrom } from '../../lib/calendar.js';
import { localDate, toUtc, nowIso } from '../../lib/clock.js';
import { centerOffset, todayInCenter } from '../../lib/center-time.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { notify } from '../../lib/notify.js';
import { clearSessionCache } from '../../lib/sessions.js';
import { getSetting } from '../../lib/settings.js';
import { eliminateByCase } from '../people/employees.service.js';
import { concerned, hasFinalSay, mayAnswerFor, requireInScope } from './cases.access.js';
import * as repo from './cases.repo.js';
import type { CaseRow } from './cases.repo.js';
import { link, noticeStartsAt, visibleCase } from './cases.service.js';
import { isClosed } from './cases.view.js';

// The steps of an elimination case after the preliminary list (SPEC §6), in their one order:
// interview → notice → (appeals during the notice) → HR's decision → offboarding → exit talk.
// A step taken too early is refused 422 STEP_OUT_OF_ORDER naming the step that is missing; a
// step taken twice 409. Each step is signed (user id + name), dated, audited and announced to
// the people it concerns, in one transaction with the change.

const ORDER = ['listed', 'interviewed', 'notice', 'offboarding'] as const;
const MISSING: Record<string, string> = {
  listed: 'interview',
  interviewed: 'notice',
  notice: 'decision',
  offboarding: 'offboarding',
};

function requireOpen(c: CaseRow) {
  if (isClosed(c.status)) throw conflict('CASE_CLOSED', `The case is closed (${c.status})`);
}

/** The case must be exactly at `status`; earlier → 422 naming the missing step, later → 409 done already. */
function requireAt(c: CaseRow, status: (typeof ORDER)[number], step: string) {
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
const commit = (
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

export async function fileAppeal(db: Db, actor: Actor, id: string, input: z.output<typeof AppealInput>) {
  const c = await visibleCase(db, actor, id);
  requireOpen(c);
  if (c.status === 'listed' || c.status === 'interviewed')
    throw ruleBroken('STEP_OUT_OF_ORDER', 'Appeals are made during the public notice (missing step: notice)');
  const now = nowIso();
  const startsAt = await noticeStartsAt(db, c.notice_published_on);
  if (startsAt && now < startsAt)
    throw ruleBroken('NOTICE_NOT_STARTED', `The notice starts on ${c.notice_published_on}; appeals open then`);
  // A provisional end is no end: deciding that the time to appeal is over would be final.
  const ended = c.notice_ends_at && now >= c.notice_ends_at && c.notice_provisional_year === null;
  if (c.status !== 'notice' || ended)
    throw ruleBroken('NOTICE_ENDED', `The notice ended on ${c.notice_ends_on}; appeals were possible until then`);
  const appealId = newId();
  // The case's version moves too, so a decision taken from the state before this appeal is refused.
  await commit(
    db,
    actor,
    c,
    {
      kind: 'appeal',
      data: { appealId, reason: input.reason },
      audit: { action: 'create', newValue: { appealId, reason: input.reason } },
    },
    {},
    { kind: 'elimination_appeal_filed', extraRoles: ['training_manager'] },
    async (trx) => {
      await trx
        .insertInto('elimination_appeals')
        .values({
          id: appealId,
          case_id: c.id,
          reason: input.reason,
          appellant_user_id: actor.userId,
          appellant_name: actor.name,
          filed_at: now,
          outcome: null,
          answer: null,
          answered_by: null,
          answered_by_name: null,
          answered_at: null,
        })
        .execute();
    },
  );
  return appealId;
}

export async function answerAppeal(db: Db, actor: Actor, appealId: string, input: z.output<typeof AppealAnswerInput>) {
  const appeal = await db.selectFrom('elimination_appeals').selectAll().where('id', '=', appealId).executeTakeFirst();
  if (!appeal) throw notFound('Appeal');
  const c = requireInScope(actor, await repo.findCase(db, appeal.case_id));
  if (!mayAnswerFor(actor, c))
    throw forbidden('Only the training manager or a superior of the trainee (their center manager) answers an appeal');
  requireOpen(c);
  if (appeal.outcome) throw conflict('APPEAL_ANSWERED', 'This appeal is already answered');
  const now = nowIso();
  const upheld = input.outcome === 'upheld';
  // HR upholding an appeal ends the case: the trainee stays. The training manager's or a
  // superior's finding is written on the case and goes to HR's final decision (SPEC §1).
  const closes = upheld && hasFinalSay(actor);
  const set = closes ? { status: 'withdrawn', closed_at: now } : {};
  await commit(
    db,
    actor,
    c,
    {
      kind: 'appeal_answer',
      data: { appealId, outcome: input.outcome, answer: input.answer, closesCase: closes },
      audit: {
        action: closes ? 'status_change' : 'update',
        oldValue: { appealId, outcome: null, status: c.status },
        newValue: { appealId, outcome: input.outcome, status: closes ? 'withdrawn' : c.status },
        reason: input.answer,
      },
    },
    set,
    {
      kind: 'elimination_appeal_answered',
      params: { outcome: input.outcome },
      extraRoles: ['training_manager'],
      userIds: [appeal.appellant_user_id],
    },
    async (trx) => {
      const res = await trx
        .updateTable('elimination_appeals')
        .set({
          outcome: input.outcome,
          answer: input.answer,
          answered_by: actor.userId,
          answered_by_name: actor.name,
          answered_at: now,
        })
        .where('id', '=', appealId)
        .where('outcome', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw conflict('APPEAL_ANSWERED', 'This appeal is already answered');
    },
  );
}

export async function decide(db: Db, actor: Actor, id: string, input: z.output<typeof DecisionInput>) {
  const c = await visibleCase(db, actor, id);
  requireAt(c, 'notice', 'decision');
  const now = nowIso();
  if (!c.notice_ends_at || now < c.notice_ends_at)
    throw ruleBroken(
      'NOTICE_NOT_ENDED',
      `The public notice runs until the end of ${c.notice_ends_on}; the decision comes after it`,
    );
  requireFinalDeadline(c.notice_provisional_year, `The notice's end (${c.notice_ends_on})`);
  const pending = (await repo.appealsOf(db, c.id)).filter((a) => a.outcome === null);
  if (pending.length)
    throw ruleBroken(
      'APPEALS_PENDING',
      `${pending.length} appeal(s) still unanswered (from ${pending.map((a) => a.appellant_name).join(', ')}); answer every appeal before the decision`,
    );
  const eliminate = input.decision === 'eliminate';
  const today = await todayInCenter(db);
  const set = eliminate
    ? { status: 'offboarding', decision: 'eliminate' }
    : { status: 'retained', decision: 'retain', closed_at: now };
  await commit(
    db,
    actor,
    c,
    {
      kind: 'decision',
      data: { decision: input.decision, reason: input.reason, effectiveDate: today },
      audit: { action: 'status_change', oldValue: { status: c.status }, newValue: set, reason: input.reason },
    },
    set,
    { kind: 'elimination_decided', params: { decision: input.decision }, extraRoles: ['training_manager'] },
    eliminate
      ? (trx) =>
          eliminateByCase(trx, actor, c.employee_id, { effectiveDate: today, reason: input.reason, caseId: c.id })
      : undefined,
  );
  // The person's account is disabled by the elimination: sessions re-read it.
  if (eliminate) clearSessionCache();
}

export async function tickOffboarding(db: Db, actor: Actor, id: string, input: z.output<typeof OffboardingInput>) {
  const c = await visibleCase(db, actor, id);
  if (c.status === 'notice' || c.status === 'listed' || c.status === 'interviewed') {
    throw ruleBroken(
      'STEP_OUT_OF_ORDER',
      `Offboarding follows HR's decision to eliminate (missing step: ${MISSING[c.status]})`,
    );
  }
  requireAt(c, 'offboarding', 'offboarding');
  const done = await repo.offboardingOf(db, c.id);
  if (done.some((d) => d.item === input.item))
    throw conflict('ITEM_DONE', 'This checklist item is already ticked', 'item');
  const at = nowIso();
  const remaining = OFFBOARDING_ITEMS.length - done.length - 1;
  await commit(
    db,
    actor,
    c,
    {
      kind: 'offboarding_item',
      data: { item: input.item, note: input.note ?? null },
      audit: { action: 'update', newValue: { offboarding: input.item } },
    },
    { status: 'offboarding' },
    { kind: remaining ? 'elimination_offboarding_item' : 'elimination_offboarding_done', params: { item: input.item } },
    async (trx) => {
      await trx
        .insertInto('elimination_offboarding')
        .values({
          case_id: c.id,
          item: input.item,
          done_by: actor.userId,
          done_by_name: actor.name,
          done_at: at,
          note: input.note ?? null,
        })
        .execute();
    },
  );
}

export async function recordExitTalk(db: Db, actor: Actor, id: string, input: z.output<typeof ExitTalkInput>) {
  const c = await visibleCase(db, actor, id);
  if (c.status !== 'offboarding' && !isClosed(c.status)) {
    throw ruleBroken(
      'STEP_OUT_OF_ORDER',
      `The exit talk follows HR's decision and the offboarding checklist (missing step: ${MISSING[c.status]})`,
    );
  }
  requireAt(c, 'offboarding', 'exit talk');
  const done = new Set((await repo.offboardingOf(db, c.id)).map((d) => d.item));
  const missing = OFFBOARDING_ITEMS.filter((i) => !done.has(i));
  if (missing.length)
    throw ruleBroken(
      'OFFBOARDING_INCOMPLETE',
      `The offboarding checklist comes first (missing step: offboarding — ${missing.join(', ')})`,
    );
  const heldAt = toUtc(input.heldAt);
  const now = nowIso();
  if (heldAt > now) throw ruleBroken('DATE_IN_FUTURE', 'An exit talk is recorded after it took place', 'heldAt');
  const data = {
    heldAt,
    personView: input.personView,
    companyAssessment: input.companyAssessment,
    careerAdvice: input.careerAdvice,
  };
  await commit(
    db,
    actor,
    c,
    {
      kind: 'exit_talk',
      data,
      audit: { action: 'status_change', oldValue: { status: c.status }, newValue: { status: 'eliminated', heldAt } },
    },
    { status: 'eliminated', closed_at: now },
    { kind: 'elimination_case_closed', extraRoles: ['training_manager'] },
  );
}
