import { expect } from 'vitest';
import { apiGet } from './journey.js';
import { signIn } from './server.js';

// The shapes, dates and people of the training journey (e2e/training.e2e.ts).
export interface Me {
  employeeId: string;
  name: string;
}

export interface Cohort {
  id: string;
  name: string;
  memberCount: number;
}

export interface Trainer {
  id: string;
  employeeId: string | null;
  name: string;
}

export interface Session {
  id: string;
  startsAt: string;
  enrolledCount: number;
  courseCode: string;
}

export interface SessionDetail {
  people: { employeeId: string; name: string; attendance: { status: string; minutes: number | null } | null }[];
}

export interface TrainingRecord {
  plans: { id: string }[];
  sessions: {
    sessionId: string;
    attendance: string | null;
    leave: { status: string; late: boolean } | null;
    feedbackGiven: boolean;
  }[];
}

// Calendar dates in the center's time zone (Asia/Shanghai, like the browser contexts).
const DAY = 86_400_000;

const cst = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

export const addDays = (d: string, n: number) => cst(Date.parse(`${d}T00:00:00+08:00`) + n * DAY);

const TODAY = cst(Date.now());

const MONDAY = addDays(TODAY, -((new Date(`${TODAY}T00:00:00Z`).getUTCDay() + 6) % 7));

/** The journey's week: two weeks ahead, where the demo data has nothing scheduled. */
export const WEEK = addDays(MONDAY, 14);

export const PLAN_END = addDays(WEEK, 27);

export const YESTERDAY = addDays(TODAY, -1);

/** The demo cohort, the demo trainer's trainer entry and the demo trainee; checks that the
 *  journey's week is free of the demo sessions. */
export async function journeyCast(baseUrl: string) {
  const tm = await signIn(baseUrl, 'training');
  const cohorts = await apiGet<Cohort[]>(baseUrl, tm, '/api/training/cohorts');
  const cohort = cohorts.find((c) => c.name.includes('新员工培训班'))!;
  expect(cohort, 'the demo cohort exists').toBeTruthy();
  const trainerMe = await apiGet<Me>(baseUrl, await signIn(baseUrl, 'trainer'), '/api/auth/me');
  const trainers = await apiGet<Trainer[]>(baseUrl, tm, '/api/training/trainers');
  const trainer = trainers.find((x) => x.employeeId === trainerMe.employeeId)!;
  expect(trainer, 'the demo trainer account is a trainer').toBeTruthy();
  const traineeMe = await apiGet<Me>(baseUrl, await signIn(baseUrl, 'trainee'), '/api/auth/me');
  const person = await apiGet<{ employeeNo: string; name: string }>(
    baseUrl,
    tm,
    `/api/employees/${traineeMe.employeeId}`,
  );
  const trainee = { employeeId: traineeMe.employeeId, name: person.name, employeeNo: person.employeeNo };
  // The journey's week must be free of the demo sessions.
  const busy = await apiGet<Session[]>(baseUrl, tm, `/api/training/sessions?from=${WEEK}&to=${addDays(WEEK, 6)}`);
  expect(busy, `nothing scheduled in the week of ${WEEK}`).toHaveLength(0);
  return { cohort, trainer, trainee };
}

export const PLAN_TITLE = `E2E 新员工强化训练营（${WEEK}）`;

export const WEEK_COURSES = ['NH-204', 'NH-301', 'NH-302', 'NH-303', 'NH-402'];

export const MAKEUP_TITLE = '晚间补课：投诉处理情景演练';

export const LEAVE_REASON = '家中有事需请假一天（e2e）';

export const SUGGESTION = '情景演练很实用，希望多练几次';

/** Who the journey works with (journeyCast). */
export type Cast = Awaited<ReturnType<typeof journeyCast>>;
