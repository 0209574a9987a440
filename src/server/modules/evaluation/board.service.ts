import type { z } from 'zod';
import type { AtRiskQuery, BoardRow } from '../../../common/evaluation.js';
import type { Db } from '../../db/connect.js';
import { peopleScope } from '../../lib/access.js';
import type { Actor } from '../../lib/actor.js';
import { localDate } from '../../lib/clock.js';
import { todayInCenter, centerOffset } from '../../lib/center-time.js';
import { assessmentResultsOf, regularDailyScoresOf } from '../exams/daily/record-scores.js';
import { attendanceScore } from '../training/attendance/attendance.service.js';
import { cohortMemberIds, getCohort } from '../training/plans/cohorts.service.js';
import { assignmentsOf } from '../training/mentoring/mentoring.service.js';
import { evaluateTrainees } from './criteria.service.js';
import { requireVisible, traineesInScope } from './evaluation.access.js';
import { identities } from '../people/identity.service.js';

// The at-risk list (issue 5 item 2) and the cohort board (item 3). Both show only the people the
// caller may see (lib/access.ts peopleScope): a team lead their team, a manager their department.

/** Trainees in the caller's scope who meet a criterion or are one step from one, with the triggers. */
export async function atRisk(db: Db, actor: Actor, q: z.output<typeof AtRiskQuery>) {
  const only = q.cohortId ? await cohortMemberIds(db, [q.cohortId], 'cohortId') : undefined;
  const trainees = await traineesInScope(db, peopleScope(actor), only);
  const evaluated = await evaluateTrainees(
    db,
    trainees.map((t) => t.id),
  );
  const flagged = evaluated
    .filter((e) => (q.state === 'met' ? e.met : q.state === 'at_risk' ? e.atRisk && !e.met : e.met || e.atRisk))
    // Met first, then at risk; within each by employee number.
    .sort((a, b) => Number(b.met) - Number(a.met) || a.employeeNo.localeCompare(b.employeeNo));
  const items = flagged.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map((e) => ({
    employeeId: e.employeeId,
    employeeNo: e.employeeNo,
    name: e.name,
    status: e.status,
    met: e.met,
    atRisk: e.atRisk,
    criteria: e.criteria.filter((c) => c.met || c.atRisk).map(({ evidence: _e, ...c }) => c),
  }));
  return { items, total: flagged.length };
}

/** One person's criteria with evidence, if the caller may see them. */
export async function traineeEvaluation(db: Db, actor: Actor, employeeId: string) {
  await requireVisible(db, actor, employeeId);
  const [one] = await evaluateTrainees(db, [employeeId]);
  return one;
}

type Row = z.infer<typeof BoardRow>;

/** Per member of the cohort the caller may see: scores per exam and period, attendance, mentoring, status and risk. */
export async function cohortBoard(db: Db, actor: Actor, cohortId: string) {
  const cohort = await getCohort(db, actor, cohortId);
  const ids = cohort.members.map((m) => m.employeeId);
  const [offset, today, results, daily, evaluated] = await Promise.all([
    centerOffset(db),
    todayInCenter(db),
    assessmentResultsOf(db, ids),
    regularDailyScoresOf(db, ids),
    evaluateTrainees(db, ids),
  ]);
  const byId = new Map(evaluated.map((e) => [e.employeeId, e]));
  const hire = new Map([...(await identities(db, ids)).values()].map((r) => [r.id, r.hireDate]));
  const periods = [...new Set(daily.map((d) => d.periodStart))].sort();
  const rows: Row[] = [];
  for (const m of cohort.members) {
    const e = byId.get(m.employeeId)!;
    const mine = results.filter((r) => r.employeeId === m.employeeId);
    const cell = (r: (typeof mine)[number]) => ({
      title: r.title,
      attempt: r.attempt,
      score: r.score,
      passed: r.score >= r.passMark,
      date: localDate(r.at, offset),
    });
    const days = daily.filter((d) => d.employeeId === m.employeeId);
    const mentoring = await assignmentsOf(db, m.employeeId);
    const current = mentoring.find((a) => a.status === 'active') ?? mentoring.at(-1) ?? null;
    rows.push({
      employeeId: m.employeeId,
      employeeNo: m.employeeNo,
      name: m.name,
      status: m.status,
      theory: mine.filter((r) => r.kind === 'theory').map(cell),
      practical: mine.filter((r) => r.kind === 'practical').map(cell),
      daily: Object.fromEntries(days.map((d) => [d.periodStart, d.total])),
      dailyAverage: days.length ? Math.round((days.reduce((s, d) => s + d.total, 0) / days.length) * 100) / 100 : null,
      attendance: await attendanceScore(db, m.employeeId, hire.get(m.employeeId) ?? cohort.startDate, today),
      mentoring: {
        mode: current?.mode ?? null,
        status: current?.status ?? null,
        hours: mentoring.reduce((s, a) => s + a.hoursTotal, 0),
      },
      met: e.met,
      atRisk: e.atRisk,
      criteria: e.criteria.map(({ evidence: _e, ...c }) => c),
    });
  }
  return { cohort: { id: cohort.id, name: cohort.name, startDate: cohort.startDate }, periods, rows };
}
export type CohortBoardData = Awaited<ReturnType<typeof cohortBoard>>;
