import type { TraineeEvaluationData } from '../../../common/evaluation.js';
import type { Db } from '../../db/connect.js';
import { addDays, dayRange, localDate } from '../../lib/clock.js';
import { centerOffset } from '../../lib/center-time.js';
import { notFound } from '../../lib/errors.js';
import { getSetting } from '../../lib/settings.js';
import { dailyRemindersOf } from '../exams/grading/followups.service.js';
import { assessmentResultsOf, regularDailyScoresOf } from '../exams/daily/record-scores.js';
import { attendanceBreachesOf } from '../training/attendance/attendance.service.js';
import { attendanceBreaches as rosteredBreaches } from '../attendance/summary/attendance.facts.js';
import { confirmedRecords } from '../discipline/discipline.facts.js';
import { caseFacts } from './case-facts.js';
import { attendanceBreaches, dailyBelow, failsInRow, type CriteriaSettings } from './criteria.rules.js';
import { identities } from '../people/identity.service.js';

// Criteria 1–4 of SPEC §6 for one or many people, from the records of the exams, training and
// discipline modules (read through their exported functions). The rules themselves are in criteria.rules.ts.
// Exported for the elimination module, which opens a case from a met criterion and its evidence.

export type TraineeEvaluation = TraineeEvaluationData;

export async function criteriaSettings(db: Db): Promise<CriteriaSettings> {
  const [failBelow, theoryInRow, practicalInRow, dailyBelowAt, reminders, improvementPoints, breaches, misconduct] =
    await Promise.all([
      getSetting(db, 'evaluation.examFailBelow'),
      getSetting(db, 'evaluation.theoryFailsInRow'),
      getSetting(db, 'evaluation.practicalFailsInRow'),
      getSetting(db, 'evaluation.dailyAverageBelow'),
      getSetting(db, 'evaluation.dailyReminders'),
      getSetting(db, 'evaluation.dailyClearImprovementPoints'),
      getSetting(db, 'evaluation.attendanceBreaches'),
      getSetting(db, 'evaluation.misconductRecords'),
    ]);
  return {
    failBelow,
    theoryInRow,
    practicalInRow,
    dailyBelow: dailyBelowAt,
    reminders,
    improvementPoints,
    breaches,
    misconduct,
  };
}

const group = <T extends { employeeId: string }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) (m.get(r.employeeId) ?? m.set(r.employeeId, []).get(r.employeeId)!).push(r);
  return m;
};

/** Facts a caller has read already for the same people (the cohort board shows them too), so
 *  they are not read twice. */
export interface KnownFacts {
  people: Awaited<ReturnType<typeof identities>>;
  results: Awaited<ReturnType<typeof assessmentResultsOf>>;
  daily: Awaited<ReturnType<typeof regularDailyScoresOf>>;
}

/** Criteria 1–4 for these people (unknown ids are skipped), in the order given. */
export async function evaluateTrainees(
  db: Db,
  employeeIds: string[],
  known?: KnownFacts,
): Promise<TraineeEvaluation[]> {
  const ids = [...new Set(employeeIds)];
  if (!ids.length) return [];
  const people = [...(known?.people ?? (await identities(db, ids))).values()].map((p) => ({
    id: p.id,
    employee_no: p.employeeNo,
    name: p.name,
    status: p.status,
    team_id: p.teamId,
    hire_date: p.hireDate,
  }));
  if (!people.length) return [];
  const knownIds = people.map((p) => p.id);
  const [settings, offset] = await Promise.all([criteriaSettings(db), centerOffset(db)]);
  // The training period starts on the earliest hire date asked about; each person's own is applied below.
  const earliest = people.reduce((a, p) => (p.hire_date < a ? p.hire_date : a), people[0].hire_date);
  const fromHire = dayRange(earliest, earliest, offset).start;
  const [results, daily, reminders, breaches, kept, records, dayBreaches] = await Promise.all([
    known?.results ?? assessmentResultsOf(db, knownIds),
    known?.daily ?? regularDailyScoresOf(db, knownIds),
    dailyRemindersOf(db, knownIds),
    attendanceBreachesOf(db, knownIds, fromHire),
    caseFacts().keptSince(db, knownIds),
    confirmedRecords(db, knownIds),
    rosteredBreaches(db, knownIds, fromHire),
  ]);
  const byResults = group(results),
    byDaily = group(daily),
    byReminders = group(reminders),
    byBreaches = group(breaches),
    byRecords = group(records),
    byDays = group(dayBreaches);
  const order = new Map(ids.map((id, i) => [id, i]));
  return people
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((p) => {
      // After a case that kept the person closed, only later records count (API.md).
      const keptAt = kept.get(p.id) ?? '';
      const keptDay = keptAt ? localDate(keptAt, offset) : '';
      const since = keptAt || dayRange(p.hire_date, p.hire_date, offset).start;
      const mine = (byResults.get(p.id) ?? []).filter((r) => r.at >= keptAt);
      const asResult = (r: (typeof mine)[number]) => ({
        id: r.id,
        examId: r.examId,
        title: r.title,
        attempt: r.attempt,
        score: r.score,
        passMark: r.passMark,
        date: localDate(r.at, offset),
      });
      const criteria = [
        failsInRow(
          'theory_fails',
          mine.filter((r) => r.kind === 'theory').map(asResult),
          settings.theoryInRow,
          settings.failBelow,
        ),
        failsInRow(
          'practical_fails',
          mine.filter((r) => r.kind === 'practical').map(asResult),
          settings.practicalInRow,
          settings.failBelow,
        ),
        dailyBelow(
          (byDaily.get(p.id) ?? [])
            .filter((d) => d.periodStart >= keptDay)
            .map((d) => ({ id: d.id, periodStart: d.periodStart, total: d.total, passMark: d.passMark })),
          (byReminders.get(p.id) ?? [])
            .filter((r) => !keptAt || (r.talkAt ?? '') >= keptAt)
            .map((r) => ({
              id: r.id,
              sourceId: r.sourceId,
              title: r.title,
              score: r.score,
              talkDate: localDate(r.talkAt, offset),
              periodStart: r.periodStart,
            })),
          settings,
        ),
        attendanceBreaches(
          (byBreaches.get(p.id) ?? [])
            .filter((b) => b.startsAt >= since)
            .map((b) => ({
              sessionId: b.sessionId,
              title: b.title,
              status: b.status,
              minutes: b.minutes,
              date: localDate(b.startsAt, offset),
            })),
          // Discipline records dated after the case that kept the person, else from the hire date.
          (byRecords.get(p.id) ?? [])
            .filter((r) => (keptDay ? r.occurredOn > keptDay : r.occurredOn >= p.hire_date))
            .map((r) => ({
              id: r.id,
              kind: r.kind,
              date: r.occurredOn,
              description: r.description,
              sessionId: r.attendanceSessionId,
            })),
          settings,
          (byDays.get(p.id) ?? []).filter((d) => d.day >= (keptDay ? addDays(keptDay, 1) : p.hire_date)),
        ),
      ];
      return {
        employeeId: p.id,
        employeeNo: p.employee_no,
        name: p.name,
        status: p.status,
        teamId: p.team_id,
        criteria,
        met: criteria.some((c) => c.met),
        atRisk: criteria.some((c) => c.atRisk),
      };
    });
}

/** Criteria 1–4 for one person; 404 when there is no such person. */
export async function evaluateTrainee(db: Db, employeeId: string): Promise<TraineeEvaluation> {
  const [one] = await evaluateTrainees(db, [employeeId]);
  if (!one) throw notFound('Employee');
  return one;
}
