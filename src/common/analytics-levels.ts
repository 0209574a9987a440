import { z } from 'zod';
import { Estimate, Proportion } from './analytics.js';

// The four levels of training effectiveness per program (Kirkpatrick; SPEC §12, issue 22 item 3)
// on the API. A "program" is a training plan; its people are those whose new-hire plan it was
// (analytics_people.program_id) and those enrolled in its sessions (on-the-job courses).

const Id = z.string().min(1).max(64);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');

/** Programs whose end date falls in these months (both optional, inclusive). */
export const LevelsOverviewQuery = z.object({ from: Month.optional(), to: Month.optional() });
export type LevelsOverviewQuery = z.infer<typeof LevelsOverviewQuery>;

export const ProgramParams = z.object({ id: Id });

export const KPIS = ['qa', 'fcr', 'aht', 'csat'] as const;
export const Kpi = z.enum(KPIS);
export type Kpi = z.infer<typeof Kpi>;
/** Which way is better: a higher QA score, FCR and CSAT, a shorter handle time. */
export const KPI_BETTER: Record<Kpi, 'higher' | 'lower'> = {
  qa: 'higher',
  fcr: 'higher',
  aht: 'lower',
  csat: 'higher',
};

export const ProgramSummary = z.object({
  id: z.string(),
  title: z.string(),
  audience: z.string(), // new_hire | on_the_job | key_staff
  status: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  people: z.number().int(), // the program's people in the reader's scope
});
export type ProgramSummary = z.infer<typeof ProgramSummary>;

export const LevelOne = z.object({
  sessions: z.number().int(),
  content: Estimate,
  trainer: Estimate,
  method: Estimate,
  comments: z.array(z.object({ at: z.string(), text: z.string() })),
});
export type LevelOne = z.infer<typeof LevelOne>;

export const ExamFigure = z.object({
  examId: z.string(),
  title: z.string(),
  score: Estimate,
  passRate: Proportion,
});
export const ExamPair = z.object({
  id: z.string(),
  preExamId: z.string(),
  preTitle: z.string(),
  postExamId: z.string(),
  postTitle: z.string(),
  pre: Estimate, // the paired people's pre-test mean
  post: Estimate,
  gain: Estimate, // mean of post − pre per person, paired t interval; n = people with both
});
export type ExamPair = z.infer<typeof ExamPair>;
export const LevelTwo = z.object({
  score: Estimate, // first attempts during the plan (to end date + 30 days)
  passRate: Proportion,
  exams: z.array(ExamFigure),
  pairs: z.array(ExamPair),
});
export type LevelTwo = z.infer<typeof LevelTwo>;

export const BehaviourWindow = z.object({
  days: z.number().int(), // the first this-many days after the plan's end date
  people: z.number().int(),
  score: Estimate, // n = evaluations
  center: Estimate, // the center's QA mean in the same months (n = evaluations)
  difference: z.number().nullable(), // score − center
});
export const LevelThree = z.object({ windows: z.array(BehaviourWindow) });
export type LevelThree = z.infer<typeof LevelThree>;

export const KpiEffect = z.object({
  kpi: Kpi,
  better: z.enum(['higher', 'lower']),
  effect: Estimate, // difference in differences: mean Δtrained − mean Δcomparison
  trainedChange: Estimate,
  comparisonChange: Estimate,
  trainedBefore: z.number().nullable(),
  trainedAfter: z.number().nullable(),
  comparisonBefore: z.number().nullable(),
  comparisonAfter: z.number().nullable(),
});
export type KpiEffect = z.infer<typeof KpiEffect>;
export const LevelFour = z.object({
  before: z.object({ from: z.string(), to: z.string() }), // months
  after: z.object({ from: z.string(), to: z.string() }),
  kpis: z.array(KpiEffect),
});
export type LevelFour = z.infer<typeof LevelFour>;

export const ProgramLevels = z.object({
  program: ProgramSummary,
  confidencePercent: z.number(),
  l1: LevelOne,
  l2: LevelTwo,
  l3: LevelThree,
  l4: LevelFour,
});
export type ProgramLevels = z.infer<typeof ProgramLevels>;

/** One row per program with the headline figure of each level and its n. */
export const LevelsOverviewRow = ProgramSummary.extend({
  feedback: Estimate, // mean of the three feedback scores, n = feedback forms
  examScore: Estimate,
  passRate: Proportion,
  qa90: Estimate, // QA in the first 3 behaviour windows (90 days by default) after the end
  center90: z.number().nullable(),
});
export type LevelsOverviewRow = z.infer<typeof LevelsOverviewRow>;

export const PairInput = z.object({ preExamId: Id, postExamId: Id });
export type PairInput = z.infer<typeof PairInput>;

/** Exams the program's people took (first attempts), to choose a pre-test and a post-test from. */
export const ProgramExam = z.object({ examId: z.string(), title: z.string(), people: z.number().int() });
export type ProgramExam = z.infer<typeof ProgramExam>;
