import { addDays, addMonths } from '../lib/clock.js';
import { COHORT_START } from './seed-org.js';

// Who the demo's two years of new hires were and what became of them (demo/analytics-history.ts):
// pure and deterministic, so the same center comes back every time. Programs, trainers and
// mentors differ in quality on purpose, so the training-proof pages find real differences; the
// whole center keeps about 55% of its hires after a year (SPEC §12's study center).

export type ExitKind = 'eliminated' | 'resigned' | 'dismissed';

export interface Program {
  key: string;
  title: string;
  weeks: number;
  trainers: [string, string]; // the main trainer of alternate intakes (demo trainer keys)
  qa: number; // points on later QA
  l1: number; // points on feedback (1–5 scale)
  exam: number; // points on the theory exams
  eliminate: number; // share eliminated in training
  earlyResign: number; // share resigning in the first three months
  laterResign: number; // monthly share resigning after that
}

export const PROGRAMS: Program[] = [
  {
    key: 'std',
    title: '新员工岗前培训·标准版（八周）',
    weeks: 8,
    trainers: ['A', 'B'],
    qa: 2,
    l1: 0.2,
    exam: 4,
    eliminate: 0.07,
    earlyResign: 0.1,
    laterResign: 0.018,
  },
  {
    key: 'fast',
    title: '新员工岗前培训·速成版（四周）',
    weeks: 4,
    trainers: ['B', 'L'],
    qa: -3,
    l1: -0.3,
    exam: -4,
    eliminate: 0.14,
    earlyResign: 0.28,
    laterResign: 0.032,
  },
  {
    key: 'partner',
    title: '新员工岗前培训·合作版（华信咨询）',
    weeks: 6,
    trainers: ['X', 'A'],
    qa: 0,
    l1: 0.1,
    exam: 0,
    eliminate: 0.1,
    earlyResign: 0.18,
    laterResign: 0.024,
  },
];

/** Per demo trainer key: points on QA, on feedback, and a change in the early-resignation share. */
export const TRAINER_EFFECT: Record<string, { qa: number; l1: number; resign: number }> = {
  A: { qa: 3, l1: 0.4, resign: -0.05 },
  B: { qa: 0, l1: 0, resign: 0 },
  L: { qa: -2.5, l1: -0.4, resign: 0.06 },
  X: { qa: 1, l1: 0.3, resign: -0.01 },
};

export const CRITERIA: [string, number][] = [
  ['theory_fails', 0.4],
  ['practical_fails', 0.2],
  ['daily_below', 0.15],
  ['attendance_breaches', 0.1],
  ['cannot_handle', 0.1],
  ['service_attitude', 0.05],
];

export interface Intake {
  index: number;
  month: string; // 'YYYY-MM'
  start: string; // the hire day, a Monday
  program: Program;
  trainer: string; // the main trainer's key
  other: string; // the program's other trainer
}

export interface Hire {
  intake: Intake;
  team: string; // team code
  ability: number; // ~N(0,1): exams, QA, KPIs
  mentor: number | null; // index into the mentor pool; null when gone before the floor
  exit: { kind: ExitKind; day: string; criterion: string | null } | null; // null: still here today
  probation: string; // the day the person went on the floor (on probation)
  regular: string | null; // the day they were certified (转正), when they stayed that long
}

export const OPERATING_TEAMS = ['CS1-1', 'CS1-2', 'CS2-1', 'CS2-2', 'CMP-1', 'OUT-1', 'OUT-2'];
/** The teams the history's people work in: one more per operating department, so the teams the other
 *  demos (and their browser journeys) count keep exactly their people. [code, name, department code]. */
export const HISTORY_TEAMS: [string, string, string][] = [
  ['CS1-3', '零售业务三组', 'CS1'],
  ['CS2-3', '信用卡三组', 'CS2'],
  ['CMP-2', '投诉处理二组', 'CMP'],
  ['OUT-3', '外呼营销三组', 'OUT'],
];
export const HISTORY_MONTHS = 24;

/** The first Monday on or after the month's 2nd day. */
function firstMonday(month: string) {
  let d = `${month}-02`;
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}

export function intakes(): Intake[] {
  const last = COHORT_START.slice(0, 7);
  const out: Intake[] = [];
  for (let i = 0; i < HISTORY_MONTHS; i++) {
    const month = addMonths(`${last}-01`, i - HISTORY_MONTHS).slice(0, 7);
    const program = PROGRAMS[i % 3];
    const alt = Math.floor(i / 3) % 2;
    out.push({
      index: i,
      month,
      start: firstMonday(month),
      program,
      trainer: program.trainers[alt],
      other: program.trainers[1 - alt],
    });
  }
  return out;
}

export const gauss = (rand: () => number) => {
  const u = Math.max(rand(), 1e-9);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
};

/** Everyone hired in the two years and their fate, cut at `today` (later events have not happened). */
export function hires(rand: () => number, today: string, mentorQuality: number[]): Hire[] {
  const out: Hire[] = [];
  for (const intake of intakes()) {
    const size = 6 + Math.floor(rand() * 5);
    const t = TRAINER_EFFECT[intake.trainer];
    for (let k = 0; k < size; k++) {
      const ability = gauss(rand);
      const team = HISTORY_TEAMS[(intake.index * 3 + k) % HISTORY_TEAMS.length][0];
      const mentor = Math.floor(rand() * mentorQuality.length);
      const m = mentorQuality[mentor];
      const events: { kind: ExitKind; at: number; criterion: string | null }[] = [];
      // Eliminated in training: weaker learners more often, between day 18 and day 50.
      if (rand() < intake.program.eliminate * (ability < -0.5 ? 2 : ability > 0.5 ? 0.4 : 1)) {
        let r = rand();
        const criterion = CRITERIA.find(([, w]) => (r -= w) < 0)?.[0] ?? 'theory_fails';
        events.push({ kind: 'eliminated', at: 18 + Math.floor(rand() * 32), criterion });
      }
      // Resigned: most in the first three months, then a steady ~2% a month (a good mentor keeps people).
      if (rand() < intake.program.earlyResign + t.resign - m * 0.04)
        events.push({ kind: 'resigned', at: 15 + Math.floor(rand() * rand() * 80), criterion: null });
      else {
        const monthly = intake.program.laterResign - m * 0.006;
        events.push({
          kind: 'resigned',
          at: 90 + Math.floor((-Math.log(1 - rand()) / monthly) * 30.4),
          criterion: null,
        });
      }
      if (rand() < 0.035) events.push({ kind: 'dismissed', at: 120 + Math.floor(rand() * 420), criterion: null });
      const first = events.sort((a, b) => a.at - b.at)[0];
      const exitDay = addDays(intake.start, first.at);
      const exit = exitDay < today ? { kind: first.kind, day: exitDay, criterion: first.criterion } : null;
      const probation = addDays(intake.start, 21);
      const regularDay = addDays(intake.start, intake.program.weeks * 7 + 56);
      const end = exit?.day ?? today;
      out.push({
        intake,
        team,
        ability,
        mentor: probation < end ? mentor : null,
        exit,
        probation,
        regular: regularDay < end ? regularDay : null,
      });
    }
  }
  return out;
}

/** The status path of a hire up to today: [status, effective day] in order. */
export function statusPath(h: Hire, today: string): [string, string][] {
  const path: [string, string][] = [['trainee', h.intake.start]];
  const end = h.exit?.day ?? today;
  if (h.probation < end && h.probation <= today) path.push(['probation', h.probation]);
  if (h.regular) path.push(['regular', h.regular]);
  if (h.exit) path.push([h.exit.kind, h.exit.day]);
  return path;
}
