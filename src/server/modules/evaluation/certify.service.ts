import type { z } from 'zod';
import type { CertificationData, CertificationEvidence, CertifyInput } from '../../../common/evaluation.js';
import type { EmployeeStatus } from '../../../common/roles.js';
import { recordLabel } from '../../../common/record-labels.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { localDate, nowIso } from '../../lib/clock.js';
import { centerOffset, todayInCenter } from '../../lib/center-time.js';
import { AppError, conflict } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { notify } from '../../lib/notify.js';
import { assessmentResultsOf } from '../exams/daily/record-scores.js';
import { changeStatusWithin } from '../people/employees.service.js';
import { attendanceBreakdown } from '../training/attendance/attendance.service.js';
import { assignmentsOf } from '../training/mentoring/mentoring.service.js';
import { plansOf } from '../training/record/record.service.js';
import { caseFacts } from './case-facts.js';
import { evaluateTrainee } from './criteria.service.js';
import { requireVisible, type Placed } from './evaluation.access.js';
import * as repo from './evaluation.repo.js';

// Certification (SPEC §6, issue 5 item 6): a trainee who completes the program without a case
// moves to shadowing (status probation, 跟听/试用期), and after shadowing to regular status (转正).
// Each step is a dated status change through the people service (history + audit) and a
// certification row holding the evidence it rested on, who decided and when — in one commit.
//
// Step 1, shadowing (trainee → probation), needs: no met criterion (1–4), no open elimination
// case, a new-hire plan (active or completed; drafts and cancelled ones do not count) that is
// completed or past its end date, at least one exam result, and the latest theory and the latest
// practical result passed (an earlier weekly fail is history the criteria already weigh).
// Step 2, regular (probation → regular), needs: no met criterion, no open case, shadowing done —
// at least one mentoring assignment and none still active.

type Evidence = z.infer<typeof CertificationEvidence>;
// params: the values the web's translation of the code shows (lib/errors.ts AppError.params).
type Blocker = { code: string; message: string; params?: Record<string, string | number> };
const STEP_OF: Partial<Record<string, { step: 'shadowing' | 'regular'; to: EmployeeStatus }>> = {
  trainee: { step: 'shadowing', to: 'probation' },
  probation: { step: 'regular', to: 'regular' },
};

async function gather(db: Db, person: Placed) {
  const [today, offset] = await Promise.all([todayInCenter(db), centerOffset(db)]);
  const [evaluation, results, attendance, mentoring, plans, openCase] = await Promise.all([
    evaluateTrainee(db, person.id),
    assessmentResultsOf(db, [person.id]),
    attendanceBreakdown(db, person.id, person.hire_date, today),
    assignmentsOf(db, person.id),
    plansOf(db, person.id),
    caseFacts().hasOpenCase(db, person.id),
  ]);
  // The latest result of each exam decides whether that exam is passed (a retake replaces a fail).
  const latest = new Map<string, (typeof results)[number]>();
  for (const r of results) latest.set(r.examId, r);
  const newHirePlans = plans.filter(
    (p) => p.audience === 'new_hire' && (p.status === 'active' || p.status === 'completed'),
  );
  const breaches = evaluation.criteria.find((c) => c.code === 'attendance_breaches')!.facts.count;
  const average = evaluation.criteria.find((c) => c.code === 'daily_below')!.facts.average;
  const evidence: Evidence = {
    examsPassed: [...latest.values()]
      .filter((r) => r.score >= r.passMark)
      .map((r) => ({
        kind: r.kind,
        title: r.title,
        attempt: r.attempt,
        score: r.score,
        passMark: r.passMark,
        date: localDate(r.at, offset),
      })),
    attendance: { score: attendance.score, counted: attendance.counted, breaches: Number(breaches ?? 0) },
    dailyAverage: typeof average === 'number' ? average : null,
    mentoringHours: Math.round(mentoring.reduce((s, a) => s + a.hoursTotal, 0) * 100) / 100,
    plans: newHirePlans.map((p) => ({ id: p.id, title: p.title, endDate: p.end_date, status: p.status })),
  };
  const next = STEP_OF[person.status] ?? null;
  const blockers: Blocker[] = [];
  if (!next)
    blockers.push({
      code: 'NOT_CERTIFIABLE',
      message: `Only a trainee or a person on probation is certified (the person is ${person.status})`,
    });
  const met = evaluation.criteria.filter((c) => c.met);
  if (met.length)
    blockers.push({
      code: 'CRITERION_MET',
      message: `An elimination criterion is met: ${met.map((c) => c.trigger).join('; ')}`,
    });
  if (openCase) blockers.push({ code: 'OPEN_CASE', message: 'The person has an open elimination case' });
  if (next?.step === 'shadowing') {
    if (!newHirePlans.length)
      blockers.push({ code: 'PLAN_MISSING', message: 'The person is in no new-hire training plan' });
    const running = newHirePlans.filter((p) => p.status !== 'completed' && p.end_date >= today);
    if (running.length) {
      blockers.push({
        code: 'PLAN_NOT_COMPLETE',
        message: `The plan is not complete yet: ${running.map((p) => `${p.title} (ends ${p.end_date})`).join(', ')}`,
        params: {
          plans: running.map((p) => p.title).join('、'),
          endDate: running
            .map((p) => p.end_date)
            .sort()
            .at(-1)!,
        },
      });
    }
    if (!latest.size) blockers.push({ code: 'NO_EXAM_RESULTS', message: 'The person has no exam result yet' });
    // The program ends on passing results: the latest theory and the latest practical result count.
    const failed = (['theory', 'practical'] as const)
      .map((k) => results.filter((r) => r.kind === k).at(-1))
      .filter((r) => !!r && r.score < r.passMark) as typeof results;
    if (failed.length) {
      blockers.push({
        code: 'EXAMS_NOT_PASSED',
        message: `Not passed: ${failed.map((r) => `${r.title} (${r.score} < ${r.passMark})`).join(', ')}`,
        params: { exams: failed.map((r) => `${r.title} (${r.score})`).join('、') },
      });
    }
  }
  if (next?.step === 'regular') {
    if (!mentoring.length)
      blockers.push({ code: 'NO_SHADOWING', message: 'No shadowing (mentoring) is recorded for the person' });
    if (mentoring.some((a) => a.status === 'active'))
      blockers.push({
        code: 'SHADOWING_ACTIVE',
        message: 'Shadowing is still running: end the mentoring assignment first',
      });
  }
  return { next, blockers, evidence };
}

const toDto = (r: {
  id: string;
  employee_id: string;
  step: string;
  from_status: string;
  to_status: string;
  effective_date: string;
  note: string;
  evidence: string;
  certified_by_name: string;
  created_at: string;
}): CertificationData => ({
  id: r.id,
  employeeId: r.employee_id,
  step: r.step as 'shadowing',
  fromStatus: r.from_status,
  toStatus: r.to_status,
  effectiveDate: r.effective_date,
  note: r.note,
  evidence: JSON.parse(r.evidence),
  certifiedBy: r.certified_by_name,
  certifiedAt: r.created_at,
});

export async function certificationsOf(db: Db, employeeId: string) {
  return (await repo.certificationsOf(db, employeeId)).map(toDto);
}

/** What the confirmation dialog shows: the next step, its evidence, what stands in the way, the history. */
export async function certificationCheck(db: Db, actor: Actor, employeeId: string) {
  const person = await requireVisible(db, actor, employeeId);
  const { next, blockers, evidence } = await gather(db, person);
  return {
    step: next?.step ?? null,
    ready: !blockers.length,
    blockers,
    evidence,
    history: await certificationsOf(db, employeeId),
  };
}

export async function certify(db: Db, actor: Actor, employeeId: string, input: z.output<typeof CertifyInput>) {
  const person = await requireVisible(db, actor, employeeId);
  const { next, blockers, evidence } = await gather(db, person);
  if (next && next.step !== input.step) {
    throw conflict('WRONG_STEP', `The person is ${person.status}: the next step is ${next.step}`, 'step');
  }
  if (blockers.length) {
    const status = blockers[0].code === 'OPEN_CASE' ? 409 : 422;
    throw new AppError(
      status,
      blockers[0].code,
      blockers.map((b) => b.message).join(' · '),
      undefined,
      blockers[0].params,
    );
  }
  const effectiveDate = input.effectiveDate ?? (await todayInCenter(db));
  const id = newId();
  const at = nowIso();
  const row = {
    id,
    employee_id: employeeId,
    step: input.step,
    from_status: person.status,
    to_status: next!.to,
    effective_date: effectiveDate,
    note: input.note,
    evidence: JSON.stringify(evidence),
    certified_by: actor.userId,
    certified_by_name: actor.name,
    created_at: at,
  };
  await db.transaction().execute(async (trx) => {
    // A case opened meanwhile wins: checked again inside the writing transaction.
    if (await caseFacts().hasOpenCase(trx, employeeId))
      throw conflict('OPEN_CASE', 'The person has an open elimination case');
    await changeStatusWithin(trx, actor, employeeId, {
      status: next!.to,
      effectiveDate,
      reason: `certification (${input.step}): ${input.note}`,
    });
    await repo.insertCertification(trx, row);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'evaluation_certification',
      entityId: id,
      newValue: { ...row, evidence },
      reason: input.note,
    });
    await notify(trx, {
      employeeIds: [employeeId],
      kind: `evaluation_certified_${input.step}`,
      params: { date: effectiveDate },
      link: '/training/records/me',
      exceptUserIds: [actor.userId],
    });
  });
  return toDto(row);
}

/** The certification steps as entries of the training record's certificates (training's seam). */
export async function recordCertificatesOf(db: Db, employeeId: string) {
  return (await certificationsOf(db, employeeId)).map((c) => ({
    id: c.id,
    name: '',
    label: recordLabel(c.step === 'shadowing' ? 'certification.shadowing' : 'certification.regular'),
    issuer: c.certifiedBy,
    issuedOn: c.effectiveDate,
    expiresOn: null,
    courseTitle: null,
    note: c.note,
    facts: recordLabel('certification.facts', {
      exams: c.evidence.examsPassed.length,
      attendance: c.evidence.attendance.score ?? '—',
      hours: c.evidence.mentoringHours,
    }),
  }));
}
