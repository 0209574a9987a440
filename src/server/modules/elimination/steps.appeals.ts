import type { z } from 'zod';
import { type AppealAnswerInput, type AppealInput } from '../../../common/elimination.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { nowIso } from '../../lib/clock.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { hasFinalSay, mayAnswerFor, requireInScope } from './cases.access.js';
import * as repo from './cases.repo.js';
import { noticeStartsAt, visibleCase } from './cases.service.js';
import { requireOpen, commit } from './steps.service.js';

// Appeals during the notice period (see steps.service.ts for the order of the steps): the
// employee files one, HR answers it; each signed, audited and announced.

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
      await repo.insertAppeal(trx, {
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
      });
    },
  );
  return appealId;
}

export async function answerAppeal(db: Db, actor: Actor, appealId: string, input: z.output<typeof AppealAnswerInput>) {
  const appeal = await repo.findAppeal(db, appealId);
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
      const answered = await repo.answerOpenAppeal(trx, appealId, {
        outcome: input.outcome,
        answer: input.answer,
        answered_by: actor.userId,
        answered_by_name: actor.name,
        answered_at: now,
      });
      if (!answered) throw conflict('APPEAL_ANSWERED', 'This appeal is already answered');
    },
  );
}
