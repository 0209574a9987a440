import type { z } from 'zod';
import {
  OFFBOARDING_ITEMS,
  type DecisionInput,
  type ExitTalkInput,
  type OffboardingInput,
} from '../../../common/elimination.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { requireFinalDeadline } from '../../lib/calendar.js';
import { toUtc, nowIso } from '../../lib/clock.js';
import { todayInCenter } from '../../lib/center-time.js';
import { conflict, ruleBroken } from '../../lib/errors.js';
import { clearSessionCache } from '../../lib/sessions.js';
import { eliminateByCase } from '../people/employees.service.js';
import * as repo from './cases.repo.js';
import { visibleCase } from './cases.service.js';
import { isClosed } from './cases.view.js';
import { MISSING, requireAt, commit } from './steps.service.js';

// The closing steps of an elimination case (see steps.service.ts): HR's decision, the
// offboarding checklist and the exit talk.

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
      await repo.insertOffboardingItem(trx, {
        case_id: c.id,
        item: input.item,
        done_by: actor.userId,
        done_by_name: actor.name,
        done_at: at,
        note: input.note ?? null,
      });
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
