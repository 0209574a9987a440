import type { z } from 'zod';
import type { AtRiskQuery, BoardRow } from '../../../common/evaluation.js';
import type { Db } from '../../db/connect.js';
import { peopleScope } from '../../lib/access.js';
import type { Actor } from '../../lib/actor.js';
import { dayRange, localDate } from '../../lib/clock.js';
import { getSetting } from '../../lib/settings.js';
import { todayInCenter, centerOffset } from '../../lib/center-time.js';
import { assessmentResultsOf, regularDailyScoresOf } from '../exams/daily/record-scores.js';
import { creditOf, creditRule, creditScore } from '../training/attendance/credit.js';
import { cohortMemberIds, getCohort } from '../training/plans/cohorts.service.js';
import { evaluateTrainees } from './criteria.service.js';
import { requireVisible, traineesInScope } from './evaluation.access.js';
import { identities } from '../people/identity.service.js';
import * as boardRepo from './board.repo.js';

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

/** Attendance points per member (training's attendanceBreakdown, for everyone at once): over
 *  the sessions from each member's hire date (else the cohort's start) to today. */
async function attendanceScores(db: Db, from: Map<string, string>, today: string, offset: number) {
  const [points, rule] = await Promise.all([getSetting(db, 'training.attendancePoints'), creditRule(db)]);
  const starts = new Map([...from].map(([id, day]) => [id, dayRange(day, day, offset).start]));
  const earliest = [...starts.values()].reduce((a, b) => (b < a ? b : a));
  const rows = await boardRepo.enrolledAttendance(db, [...from.keys()], earliest, dayRange(today, today, offset).end);
  const sums = new Map<string, { credit: number; counted: number }>();
  for (const r of rows) {
    // Sessions before this member's own start, not taken yet, or on approved leave do not count.
    if (r.starts_at < starts.get(r.employee_id)! || !r.status || r.status === 'on_leave') continue;
    const s = sums.get(r.employee_id) ?? sums.set(r.employee_id, { credit: 0, counted: 0 }).get(r.employee_id)!;
    s.credit += creditOf(r.status, r.minutes, rule).credit;
    s.counted++;
  }
  return new Map(
    [...from.keys()].map((id) => [id, creditScore(points, sums.get(id)?.credit ?? 0, sums.get(id)?.counted ?? 0)]),
  );
}

/** Per member of the cohort the caller may see: scores per exam and period, attendance, mentoring, status and risk.
 *  The queries are the same few whatever the cohort's size (board.queries.test.ts counts them). */
export async function cohortBoard(db: Db, actor: Actor, cohortId: string) {
  const cohort = await getCohort(db, actor, cohortId);
  const ids = cohort.members.map((m) => m.employeeId);
  const [offset, today, people, results, daily, mentoring] = await Promise.all([
    centerOffset(db),
    todayInCenter(db),
    identities(db, ids),
    assessmentResultsOf(db, ids),
    regularDailyScoresOf(db, ids),
    ids.length ? boardRepo.mentoringOf(db, ids) : [],
  ]);
  const [evaluated, attendance] = await Promise.all([
    evaluateTrainees(db, ids, { people, results, daily }),
    ids.length
      ? attendanceScores(
          db,
          new Map(ids.map((id) => [id, people.get(id)?.hireDate ?? cohort.startDate])),
          today,
          offset,
        )
      : new Map<string, number | null>(),
  ]);
  const byId = new Map(evaluated.map((e) => [e.employeeId, e]));
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
    const assignments = mentoring.filter((a) => a.trainee_id === m.employeeId);
    const current = assignments.find((a) => a.status === 'active') ?? assignments.at(-1) ?? null;
    rows.push({
      employeeId: m.employeeId,
      employeeNo: m.employeeNo,
      name: m.name,
      status: m.status,
      theory: mine.filter((r) => r.kind === 'theory').map(cell),
      practical: mine.filter((r) => r.kind === 'practical').map(cell),
      daily: Object.fromEntries(days.map((d) => [d.periodStart, d.total])),
      dailyAverage: days.length ? Math.round((days.reduce((s, d) => s + d.total, 0) / days.length) * 100) / 100 : null,
      attendance: attendance.get(m.employeeId) ?? null,
      mentoring: {
        mode: (current?.mode ?? null) as Row['mentoring']['mode'],
        status: (current?.status ?? null) as Row['mentoring']['status'],
        hours: assignments.reduce((s, a) => s + Math.round(Number(a.hours_total ?? 0) * 100) / 100, 0),
      },
      met: e.met,
      atRisk: e.atRisk,
      criteria: e.criteria.map(({ evidence: _e, ...c }) => c),
    });
  }
  return { cohort: { id: cohort.id, name: cohort.name, startDate: cohort.startDate }, periods, rows };
}
export type CohortBoardData = Awaited<ReturnType<typeof cohortBoard>>;
