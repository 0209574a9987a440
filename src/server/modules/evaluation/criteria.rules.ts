import type { CriterionResult, EvidenceItem } from '../../../common/evaluation.js';

// Criteria 1–4 of SPEC §6 as pure functions of a trainee's records, so each boundary is plain to
// read and to test. The numbers are the evaluation.* settings (lib/settings.ts), passed in.
//
// 1/2 theory_fails / practical_fails: the results of one kind in order (theory: each graded
//     attempt of a released exam, by submission; practical: each score, by when it was recorded).
//     A result is a fail when its score is below evaluation.examFailBelow (60). Met when a run of
//     evaluation.theoryFailsInRow / practicalFailsInRow (2) fails in a row exists — a pass between
//     two fails breaks the run. A met criterion stays met after a later pass: the case is about
//     what happened. At risk: not met and the latest results are a run one short of it.
// 3   daily_below: the regular daily-performance evaluations. A "recorded reminder" is the
//     one-to-one talk recorded on the follow-up the exams module opens for every failed daily
//     result (exam_followups, source daily, talk_at set): the reminder is about that evaluation's
//     period. Met when (a) at least evaluation.dailyReminders (2) reminders are recorded, (b) the
//     average of all regular evaluations is below evaluation.dailyAverageBelow (60), and (c) there
//     is no clear improvement since the last reminder: at least one evaluation of a later period
//     exists, their average is still below 60 and it rose by less than
//     evaluation.dailyClearImprovementPoints (5) over the average up to the reminded period.
//     At risk: average below 60 and either one reminder short, or all reminders given and no
//     later evaluation yet (the next one decides).
// 4   attendance_breaches: "serious breaches of rules: repeated unexcused lateness, early leave or
//     absence, or other recorded misconduct". Breaches: late, left early or absent in a training
//     session since the hire date without an approved leave for that session, plus the discipline
//     records (discipline module: confirmed by HR, not expired) of kind lateness, early_leave or
//     absence — one linked to a session already counted is not counted twice — plus the
//     unexcused days on a published roster (attendance module: late, early leave, absent, a
//     missing punch; evidence kind attendance_day, id "employeeId/day"). Met at
//     evaluation.attendanceBreaches (3); at risk one short. Other misconduct: the confirmed,
//     unexpired discipline records of every other kind; met at evaluation.misconductRecords (1),
//     at risk one short. Either meets the criterion.

export interface ResultRecord {
  id: string;
  examId: string;
  title: string;
  attempt?: number;
  score: number;
  passMark: number;
  date: string;
}
export interface DailyRecord {
  id: string;
  periodStart: string;
  total: number;
  passMark: number;
}
export interface ReminderRecord {
  id: string;
  sourceId: string;
  title: string;
  score: number;
  talkDate: string;
  periodStart: string | null;
}
export interface BreachRecord {
  sessionId: string;
  title: string;
  status: string;
  minutes: number | null;
  date: string;
}
/** An unexcused rostered day (attendance module's attendance.facts.ts); outcome is its code. */
export interface DayBreachRecord {
  employeeId: string;
  day: string;
  outcome: string;
  minutes: number;
}
/** A discipline record that counts (confirmed, not expired); kind is its code, sessionId a linked attendance record's session. */
export interface MisconductRecord {
  id: string;
  kind: string;
  date: string;
  description: string;
  sessionId: string | null;
}

export interface CriteriaSettings {
  failBelow: number;
  theoryInRow: number;
  practicalInRow: number;
  dailyBelow: number;
  reminders: number;
  improvementPoints: number;
  breaches: number;
  misconduct: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => (xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

export function failsInRow(
  code: 'theory_fails' | 'practical_fails',
  results: ResultRecord[],
  inRow: number,
  failBelow: number,
): CriterionResult {
  const need = Math.max(1, inRow);
  const kind = code === 'theory_fails' ? 'theory_result' : 'practical_result';
  const label = code === 'theory_fails' ? 'theory' : 'practical';
  let run: ResultRecord[] = [];
  let metRun: ResultRecord[] | null = null;
  for (const r of results) {
    if (r.score < failBelow) {
      run.push(r);
      if (run.length >= need) metRun = [...run];
    } else run = [];
  }
  const met = !!metRun;
  const atRisk = !met && need > 1 && run.length === need - 1;
  const shown = metRun ?? (atRisk ? run : []);
  const evidence: EvidenceItem[] = shown.map((r) => ({
    kind,
    id: r.id,
    refId: r.examId,
    date: r.date,
    title: r.title,
    attempt: r.attempt,
    score: r.score,
    passMark: r.passMark,
  }));
  const trigger = met
    ? `${need} ${label} exam results below ${failBelow} in a row`
    : atRisk
      ? `one more ${label} exam result below ${failBelow} makes ${need} in a row`
      : `${need} ${label} exam results below ${failBelow} in a row`;
  return {
    code,
    met,
    atRisk,
    trigger,
    facts: { inRow: need, failBelow, currentRun: run.length, results: results.length },
    evidence,
  };
}

export function dailyBelow(scores: DailyRecord[], reminders: ReminderRecord[], s: CriteriaSettings): CriterionResult {
  const need = Math.max(1, s.reminders);
  const average = mean(scores.map((d) => d.total));
  const below = average !== null && average < s.dailyBelow;
  const last = reminders.at(-1);
  // The reminded period: the last reminder's evaluation, else (an ad-hoc one) its talk day.
  const cut = last ? (last.periodStart ?? last.talkDate) : null;
  const before = cut ? scores.filter((d) => d.periodStart <= cut) : scores;
  const after = cut ? scores.filter((d) => d.periodStart > cut) : [];
  const avgBefore = mean(before.map((d) => d.total));
  const avgAfter = mean(after.map((d) => d.total));
  const clearImprovement =
    avgAfter !== null &&
    (avgAfter >= s.dailyBelow || (avgBefore !== null && avgAfter - avgBefore >= s.improvementPoints));
  const enough = reminders.length >= need;
  const met = enough && below && avgAfter !== null && !clearImprovement;
  const atRisk = !met && below && (reminders.length === need - 1 || (enough && avgAfter === null));
  const evidence: EvidenceItem[] = [];
  if (met || atRisk) {
    for (const d of scores)
      evidence.push({
        kind: 'daily_score',
        id: d.id,
        date: d.periodStart,
        title: d.periodStart,
        score: d.total,
        passMark: d.passMark,
      });
    for (const r of reminders)
      evidence.push({
        kind: 'reminder',
        id: r.id,
        refId: r.sourceId,
        date: r.talkDate,
        title: r.title,
        score: r.score,
      });
  }
  const trigger = met
    ? `daily average ${average} below ${s.dailyBelow} after ${reminders.length} recorded reminders, no clear improvement (less than ${s.improvementPoints} points) since the last`
    : atRisk && !enough
      ? `one more recorded reminder while the daily average (${average}) stays below ${s.dailyBelow}`
      : atRisk
        ? `the next daily evaluation below ${s.dailyBelow} and less than ${s.improvementPoints} points above the average before the last reminder`
        : `daily average below ${s.dailyBelow} after ${need} recorded reminders with no clear improvement`;
  return {
    code: 'daily_below',
    met,
    atRisk,
    trigger,
    evidence,
    facts: {
      average,
      dailyBelow: s.dailyBelow,
      reminders: reminders.length,
      remindersNeeded: need,
      averageBefore: avgBefore,
      averageAfter: avgAfter,
      improvementPoints: s.improvementPoints,
    },
  };
}

const ATTENDANCE_KINDS = new Set(['lateness', 'early_leave', 'absence']);

export function attendanceBreaches(
  breaches: BreachRecord[],
  records: MisconductRecord[],
  s: Pick<CriteriaSettings, 'breaches' | 'misconduct'>,
  days: DayBreachRecord[] = [],
): CriterionResult {
  const need = Math.max(1, s.breaches);
  const needMisconduct = Math.max(1, s.misconduct);
  const counted = new Set(breaches.map((b) => b.sessionId));
  const recorded = records.filter((r) => ATTENDANCE_KINDS.has(r.kind) && !(r.sessionId && counted.has(r.sessionId)));
  const other = records.filter((r) => !ATTENDANCE_KINDS.has(r.kind));
  const count = breaches.length + days.length + recorded.length;
  const metBreaches = count >= need;
  const metMisconduct = other.length >= needMisconduct;
  const met = metBreaches || metMisconduct;
  const atRisk =
    !met && ((need > 1 && count === need - 1) || (needMisconduct > 1 && other.length === needMisconduct - 1));
  const evidence: EvidenceItem[] =
    met || atRisk
      ? [
          ...breaches.map((b) => ({
            kind: 'attendance',
            id: b.sessionId,
            refId: b.sessionId,
            date: b.date,
            title: b.title,
            detail: b.status,
            minutes: b.minutes,
          })),
          ...days.map((d) => ({
            kind: 'attendance_day',
            id: `${d.employeeId}/${d.day}`,
            refId: d.employeeId,
            date: d.day,
            title: d.day,
            detail: d.outcome,
            minutes: d.minutes,
          })),
          ...[...recorded, ...other].map((r) => ({
            kind: 'discipline',
            id: r.id,
            refId: r.id,
            date: r.date,
            title: r.description.slice(0, 120),
            detail: r.kind,
          })),
        ].sort((a, b) => a.date.localeCompare(b.date))
      : [];
  const breachText = `${count} unexcused lateness, early leave or absence (limit ${need})`;
  const misconductText = `${other.length} confirmed misconduct record(s) (limit ${needMisconduct})`;
  const trigger = met
    ? [metBreaches ? breachText : null, metMisconduct ? misconductText : null].filter(Boolean).join('; ')
    : atRisk
      ? count === need - 1
        ? `one more unexcused lateness, early leave or absence makes ${need}`
        : `one more confirmed misconduct record makes ${needMisconduct}`
      : `${need} unexcused lateness, early leave or absence in training, or ${needMisconduct} confirmed misconduct record(s)`;
  return {
    code: 'attendance_breaches',
    met,
    atRisk,
    trigger,
    evidence,
    facts: { count, threshold: need, misconduct: other.length, misconductThreshold: needMisconduct },
  };
}
