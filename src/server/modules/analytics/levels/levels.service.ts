import type {
  LevelFour,
  LevelsOverviewQuery,
  LevelsOverviewRow,
  LevelThree,
  LevelTwo,
  ProgramExam,
  ProgramLevels,
  ProgramSummary,
} from '../../../../common/analytics-levels.js';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import { addDays } from '../../../lib/clock.js';
import { notFound } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { estimateOf, estimateOfSums, monthOf, shiftMonth } from './estimate.js';
import { examFigures, levelFourKpis, levelOne, pairFigure, passRateOf } from './levels.figures.js';
import * as repo from './levels.repo.js';
import * as overview from './overview.repo.js';
import { pairsOf } from './pairs.repo.js';
import { wilson } from '../stats/index.js';

// The four levels of training effectiveness per program (Kirkpatrick; SPEC §12, issue 22 item 3).
//  L1 reaction   feedback on the plan's sessions: content, trainer and method scores, comments
//  L2 learning   first exam attempts from the plan's start to 30 days after its end: mean score
//                and pass rate; and each pre-test/post-test pair's paired gain
//  L3 behaviour  QA on real calls in the first 30/60/90 days after the end, against the center's
//                QA in the same months
//  L4 results    KPIs in the months before the start and after the end, trained vs everyone else
//                in scope, as a difference in differences
// Every figure counts only the people in the reader's scope.

/** Exams written up to this many days after a plan's end still measure what it taught. */
const EXAM_GRACE_DAYS = 30;

const summary = (p: repo.PlanRow, people: number): ProgramSummary => ({
  id: p.id,
  title: p.title,
  audience: p.audience,
  status: p.status,
  startDate: p.start_date,
  endDate: p.end_date,
  people,
});

const examWindow = (p: repo.PlanRow) => ({ fromDay: p.start_date, toDay: addDays(p.end_date, EXAM_GRACE_DAYS) });

async function levelTwo(db: Db, plan: repo.PlanRow, people: string[], pct: number): Promise<LevelTwo> {
  const attempts = await repo.firstAttempts(db, people, examWindow(plan));
  const pairs = await pairsOf(db, plan.id);
  const pairAttempts = pairs.length
    ? await repo.firstAttempts(
        db,
        people,
        null,
        pairs.flatMap((p) => [p.pre_exam_id, p.post_exam_id]),
      )
    : [];
  return {
    score: estimateOf(
      attempts.map((a) => a.score),
      pct,
    ),
    passRate: passRateOf(attempts, pct),
    exams: examFigures(attempts, pct),
    pairs: pairs.map((p) => pairFigure(p, pairAttempts, pct)),
  };
}

async function levelThree(db: Db, plan: repo.PlanRow, people: string[], pct: number, windowDays: number) {
  const windows: LevelThree['windows'] = [];
  const last = addDays(plan.end_date, 3 * windowDays);
  const rows = await repo.qaScores(db, people, plan.end_date, last);
  for (const k of [1, 2, 3]) {
    const days = k * windowDays;
    const to = addDays(plan.end_date, days);
    const inWindow = rows.filter((r) => r.day <= to);
    const score = estimateOf(
      inWindow.map((r) => r.final_score),
      pct,
    );
    const center = estimateOfSums(await repo.centerQa(db, monthOf(addDays(plan.end_date, 1)), monthOf(to)), pct);
    windows.push({
      days,
      people: new Set(inWindow.map((r) => r.agent_id)).size,
      score,
      center,
      difference: score.value !== null && center.value !== null ? score.value - center.value : null,
    });
  }
  return { windows };
}

async function levelFour(
  db: Db,
  scope: PeopleScope,
  plan: repo.PlanRow,
  people: string[],
  pct: number,
  months: number,
): Promise<LevelFour> {
  const before = { from: shiftMonth(monthOf(plan.start_date), -months), to: shiftMonth(monthOf(plan.start_date), -1) };
  const after = { from: shiftMonth(monthOf(plan.end_date), 1), to: shiftMonth(monthOf(plan.end_date), months) };
  const [b, a] = await Promise.all([
    repo.windowSums(db, scope, before.from, before.to),
    repo.windowSums(db, scope, after.from, after.to),
  ]);
  return { before, after, kpis: levelFourKpis(b, a, new Set(people), pct) };
}

const settingsOf = async (db: Db) => ({
  pct: await getSetting(db, 'analytics.confidencePercent'),
  windowDays: await getSetting(db, 'analytics.levels.behaviourWindowDays'),
  kpiMonths: await getSetting(db, 'analytics.levels.kpiWindowMonths'),
});

/** A program's four levels, counting only the people in scope; 404 for a plan that does not exist. */
export async function programLevels(db: Db, scope: PeopleScope, programId: string): Promise<ProgramLevels> {
  const plan = await repo.planById(db, programId);
  if (!plan) throw notFound('Program');
  const s = await settingsOf(db);
  const people = await repo.programPeople(db, scope, plan);
  const [feedback, sessions] = await Promise.all([
    repo.planFeedback(db, plan.id, people),
    repo.planSessionCount(db, plan.id),
  ]);
  return {
    program: summary(plan, people.length),
    confidencePercent: s.pct,
    l1: levelOne(feedback, sessions, s.pct),
    l2: await levelTwo(db, plan, people, s.pct),
    l3: await levelThree(db, plan, people, s.pct, s.windowDays),
    l4: await levelFour(db, scope, plan, people, s.pct, s.kpiMonths),
  };
}

/** One row per program that ran (ending in the months asked), with each level's headline and n. */
export async function levelsOverview(
  db: Db,
  scope: PeopleScope,
  q: LevelsOverviewQuery = {},
): Promise<LevelsOverviewRow[]> {
  const s = await settingsOf(db);
  const plans = await repo.plansEnding(
    db,
    q.from ? `${q.from}-01` : null,
    q.to ? `${q.to}-31` : null, // every day of the month sorts at or below its '-31'
  );
  if (!plans.length) return [];
  const ids = plans.map((p) => p.id);
  const qaEnd = (p: repo.PlanRow) => addDays(p.end_date, 3 * s.windowDays);
  const min = (xs: string[]) => xs.reduce((a, b) => (b < a ? b : a));
  const max = (xs: string[]) => xs.reduce((a, b) => (b > a ? b : a));
  const windows = plans.map((p): overview.PlanWindow => ({
    id: p.id,
    hiring: p.audience === 'new_hire',
    examFrom: p.start_date,
    examBefore: addDays(examWindow(p).toDay, 1),
    qaAfter: p.end_date,
    qaTo: qaEnd(p),
  }));
  const [sums, feedback, center] = await Promise.all([
    overview.planSums(db, scope, windows),
    overview.feedbackSumsByPlan(db, scope, ids),
    overview.centerQaMonths(db, monthOf(min(plans.map((p) => p.end_date))), monthOf(max(plans.map(qaEnd)))),
  ]);
  return plans.map((plan) => {
    const of = sums.get(plan.id);
    const exams = of?.exams ?? { n: 0, sum: 0, sumSq: 0, passed: 0 };
    const months = center.filter(
      (m) => m.month >= monthOf(addDays(plan.end_date, 1)) && m.month <= monthOf(qaEnd(plan)),
    );
    const n = months.reduce((a, m) => a + Number(m.qa_count), 0);
    return {
      ...summary(plan, of?.people ?? 0),
      feedback: estimateOfSums(feedback.get(plan.id) ?? { n: 0, sum: 0, sumSq: 0 }, s.pct),
      examScore: estimateOfSums(exams, s.pct),
      passRate: wilson(exams.passed, exams.n, s.pct),
      qa90: estimateOfSums(of?.qa ?? { n: 0, sum: 0, sumSq: 0 }, s.pct),
      center90: n ? months.reduce((a, m) => a + Number(m.qa_sum), 0) / n : null,
    };
  });
}

/** The exams the program's people took (first attempts), for choosing a pre-test and a post-test. */
export async function programExams(db: Db, scope: PeopleScope, programId: string): Promise<ProgramExam[]> {
  const plan = await repo.planById(db, programId);
  if (!plan) throw notFound('Program');
  const people = await repo.programPeople(db, scope, plan);
  const byExam = new Map<string, { title: string; people: Set<string> }>();
  for (const a of await repo.firstAttempts(db, people, null)) {
    const e = byExam.get(a.exam_id) ?? { title: a.title, people: new Set<string>() };
    e.people.add(a.employee_id);
    byExam.set(a.exam_id, e);
  }
  return [...byExam]
    .map(([examId, e]) => ({ examId, title: e.title, people: e.people.size }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
