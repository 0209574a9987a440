import {
  CLOSED_STATUSES,
  OFFBOARDING_ITEMS,
  type CaseDetailData,
  type CaseSummaryData,
} from '../../../common/elimination.js';
import { hasPermission } from '../../../common/permissions.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { mayAnswerFor } from './cases.access.js';
import * as repo from './cases.repo.js';
import type { CaseRow } from './cases.repo.js';

// How a case reads on the API: its summary row, the full page with the timeline, and what the
// signed-in user may do next (the web offers only that).

const NEXT: Record<string, CaseSummaryData['nextStep']> = {
  listed: 'interview',
  interviewed: 'notice',
  notice: 'decision',
  offboarding: 'offboarding',
};

export const isClosed = (status: string) => (CLOSED_STATUSES as readonly string[]).includes(status);

export function noticeState(
  c: Pick<CaseRow, 'notice_published_on' | 'notice_ends_on' | 'notice_ends_at' | 'notice_provisional_year'>,
  nowIso: string,
  startsAt: string | null,
) {
  if (!c.notice_published_on || !c.notice_ends_on || !c.notice_ends_at) return null;
  const provisionalYear = c.notice_provisional_year === null ? null : Number(c.notice_provisional_year);
  // A provisional end is no end: the notice stays open (appeals taken) until the year is entered.
  const ended = nowIso >= c.notice_ends_at && provisionalYear === null;
  const state: 'upcoming' | 'open' | 'ended' = ended ? 'ended' : startsAt && nowIso < startsAt ? 'upcoming' : 'open';
  return {
    publishedOn: c.notice_published_on,
    endsOn: c.notice_ends_on,
    endsAt: c.notice_ends_at,
    state,
    provisionalYear,
  };
}

export function toSummary(
  c: CaseRow,
  openAppeals: number,
  nowIso: string,
  noticeStartsAt: string | null,
  offboardingDone = 0,
): CaseSummaryData {
  let nextStep = NEXT[c.status] ?? null;
  if (c.status === 'offboarding' && offboardingDone >= OFFBOARDING_ITEMS.length) nextStep = 'exit_talk';
  return {
    id: c.id,
    employee: {
      id: c.employee_id,
      employeeNo: c.employee_no,
      name: c.employee_name,
      teamName: c.team_name,
      status: c.employee_status,
    },
    criterion: c.criterion as CaseSummaryData['criterion'],
    status: c.status as CaseSummaryData['status'],
    nextStep,
    notice: noticeState(c, nowIso, noticeStartsAt),
    openAppeals,
    openedAt: c.opened_at,
    closedAt: c.closed_at,
  };
}

const signed = (userId: string | null, name: string | null) => (name === null ? null : { userId, name });

export async function toDetail(
  db: Db,
  actor: Actor,
  c: CaseRow,
  nowIso: string,
  noticeStartsAt: string | null,
): Promise<CaseDetailData> {
  const [steps, appeals, offboarding, attachments] = await Promise.all([
    repo.stepsOf(db, c.id),
    repo.appealsOf(db, c.id),
    repo.offboardingOf(db, c.id),
    repo.attachmentsOf(db, c.id),
  ]);
  const open = appeals.filter((a) => a.outcome === null).length;
  const summary = toSummary(c, open, nowIso, noticeStartsAt, offboarding.length);
  const ev = JSON.parse(c.evidence) as {
    trigger?: string;
    facts?: Record<string, unknown>;
    evidence?: Record<string, unknown>[];
    text?: string | null;
  };
  const closed = isClosed(c.status);
  const can = (p: Parameters<typeof hasPermission>[1]) => !closed && hasPermission(actor.roles, p);
  return {
    ...summary,
    summary: c.summary,
    evidence: { trigger: ev.trigger ?? null, facts: ev.facts ?? null, items: ev.evidence ?? [], text: ev.text ?? null },
    decision: (c.decision ?? null) as CaseDetailData['decision'],
    steps: steps.map((s) => ({
      id: s.id,
      kind: s.kind as never,
      at: s.at,
      actor: { userId: s.actor_user_id, name: s.actor_name },
      data: JSON.parse(s.data),
    })),
    appeals: appeals.map((a) => ({
      id: a.id,
      reason: a.reason,
      appellant: { userId: a.appellant_user_id, name: a.appellant_name },
      filedAt: a.filed_at,
      outcome: a.outcome as 'upheld' | 'rejected' | null,
      answer: a.answer,
      answeredBy: signed(a.answered_by, a.answered_by_name),
      answeredAt: a.answered_at,
    })),
    offboarding: OFFBOARDING_ITEMS.map((item) => {
      const d = offboarding.find((o) => o.item === item);
      return {
        item,
        done: !!d,
        by: d ? { userId: d.done_by, name: d.done_by_name } : null,
        at: d?.done_at ?? null,
        note: d?.note ?? null,
      };
    }),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      mime: a.mime,
      size: a.size,
      uploadedAt: a.uploaded_at,
    })),
    can: {
      interview: c.status === 'listed' && can('elimination.propose'),
      notice: c.status === 'interviewed' && can('elimination.propose'),
      appeal:
        summary.notice?.state === 'open' && c.status === 'notice' && hasPermission(actor.roles, 'elimination.read'),
      answer: open > 0 && !closed && mayAnswerFor(actor, c) && hasPermission(actor.roles, 'elimination.answer'),
      decide: c.status === 'notice' && summary.notice?.state === 'ended' && open === 0 && can('elimination.decide'),
      offboard:
        c.status === 'offboarding' && offboarding.length < OFFBOARDING_ITEMS.length && can('elimination.decide'),
      exitTalk: summary.nextStep === 'exit_talk' && can('elimination.decide'),
      attach: can('elimination.propose') && (c.status === 'listed' || c.status === 'interviewed'),
    },
  };
}
