import type { z } from 'zod';
import {
  CLOSED_STATUSES,
  PERSON_CRITERIA,
  type CaseListQuery,
  type OpenCaseInput,
} from '../../../common/elimination.js';
import type { Db } from '../../db/connect.js';
import { isUniqueViolation } from '../../db/portable.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { dayRange, nowIso } from '../../lib/clock.js';
import { centerOffset } from '../../lib/center-time.js';
import { conflict, notFound, ruleBroken } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { notify } from '../../lib/notify.js';
import { evaluateTrainee } from '../evaluation/criteria.service.js';
import { identity } from '../people/identity.service.js';
import { hasOpenCase } from './case-facts.js';
import { caseScope, concerned, requireInScope } from './cases.access.js';
import * as repo from './cases.repo.js';
import { toDetail, toSummary } from './cases.view.js';

// Elimination cases (SPEC §6): opening one (the preliminary list), reading them. The steps that
// follow are in steps.service.ts. A case is opened only for a trainee, one open case per person,
// from a criterion 1–4 the records meet now (its evidence snapshotted, so the case shows what was
// true when it was opened) or from criterion 5–7 with written evidence.

const CLOSED = CLOSED_STATUSES as readonly string[];

export const link = (caseId: string) => `/evaluation/cases/${caseId}`;

/** When the notice's first day begins (the center's midnight), for "upcoming" vs "open". */
export async function noticeStartsAt(db: Db, publishedOn: string | null) {
  return publishedOn ? dayRange(publishedOn, publishedOn, await centerOffset(db)).start : null;
}

export async function openCase(db: Db, actor: Actor, input: z.output<typeof OpenCaseInput>) {
  const person = await identity(db, input.employeeId);
  if (!person) throw ruleBroken('UNKNOWN_EMPLOYEE', 'No such person', 'employeeId');
  if (person.status !== 'trainee')
    throw ruleBroken(
      'ONLY_TRAINEES',
      `Only a trainee can be proposed for elimination (the person is ${person.status})`,
      'employeeId',
    );
  if (await hasOpenCase(db, person.id))
    throw conflict('CASE_ALREADY_OPEN', 'This person already has an open elimination case', 'employeeId');

  let evidence: Record<string, unknown>;
  if ((PERSON_CRITERIA as readonly string[]).includes(input.criterion)) {
    if (!input.evidenceText || input.evidenceText.length < 10) {
      throw ruleBroken(
        'EVIDENCE_REQUIRED',
        'Criteria 5–7 are raised by a person: describe the evidence in writing (at least 10 characters)',
        'evidenceText',
      );
    }
    evidence = { text: input.evidenceText };
  } else {
    const evaluation = await evaluateTrainee(db, person.id);
    const criterion = evaluation.criteria.find((c) => c.code === input.criterion);
    if (!criterion?.met)
      throw ruleBroken(
        'CRITERION_NOT_MET',
        `The records do not meet criterion ${input.criterion} for this person`,
        'criterion',
      );
    evidence = {
      trigger: criterion.trigger,
      facts: criterion.facts,
      evidence: criterion.evidence,
      text: input.evidenceText ?? null,
      evaluatedAt: nowIso(),
    };
  }

  const id = newId();
  const at = nowIso();
  const row = {
    id,
    employee_id: person.id,
    criterion: input.criterion,
    status: 'listed',
    summary: input.summary,
    evidence: JSON.stringify(evidence),
    notice_published_on: null,
    notice_ends_on: null,
    notice_ends_at: null,
    notice_provisional_year: null,
    decision: null,
    closed_at: null,
    opened_by: actor.userId,
    opened_at: at,
    version: 1,
    updated_at: at,
  };
  try {
    await db.transaction().execute(async (trx) => {
      await repo.insertCase(trx, row);
      await repo.insertStep(trx, id, 'listed', actor, { criterion: input.criterion, summary: input.summary }, at);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'elimination_case',
        entityId: id,
        newValue: { employeeId: person.id, criterion: input.criterion, status: 'listed' },
        reason: input.summary,
      });
      const who = await concerned(trx, { employee_id: person.id, team_id: person.teamId });
      await notify(trx, {
        ...who,
        kind: 'elimination_case_opened',
        params: { name: person.name, criterion: input.criterion },
        link: link(id),
        exceptUserIds: [actor.userId],
      });
    });
  } catch (err) {
    // Two training managers at once: the database's one-open-case index refuses the second.
    if (isUniqueViolation(err))
      throw conflict('CASE_ALREADY_OPEN', 'This person already has an open elimination case', 'employeeId');
    throw err;
  }
  return id;
}

export async function listCases(db: Db, actor: Actor, q: z.output<typeof CaseListQuery>) {
  const { rows, total } = await repo.listCases(db, caseScope(actor), q, CLOSED);
  const counts = await repo.openAppealCounts(
    db,
    rows.map((r) => r.id),
  );
  const now = nowIso();
  const offset = await centerOffset(db);
  const data = rows.map((r) =>
    toSummary(
      r,
      counts.get(r.id) ?? 0,
      now,
      r.notice_published_on ? dayRange(r.notice_published_on, r.notice_published_on, offset).start : null,
    ),
  );
  return { data, total };
}

/** A case the actor may see, or 404. */
export async function visibleCase(db: Db, actor: Actor, id: string) {
  return requireInScope(actor, await repo.findCase(db, id));
}

export async function caseDetail(db: Db, actor: Actor, id: string) {
  const c = await visibleCase(db, actor, id);
  return toDetail(db, actor, c, nowIso(), await noticeStartsAt(db, c.notice_published_on));
}

export async function attachmentFile(db: Db, actor: Actor, attachmentId: string) {
  const a = await repo.findAttachment(db, attachmentId);
  if (!a) throw notFound('Attachment');
  await visibleCase(db, actor, a.case_id);
  return a;
}
