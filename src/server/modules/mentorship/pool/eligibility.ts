import type { PoolCriterion, PoolCriterionKey } from '../../../../common/mentorship-pool.js';
import type { Db } from '../../../db/connect.js';
import { centerOffset } from '../../../lib/center-time.js';
import { addDays, addMonths, centerToday } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { anyPublishedAppraisal, gradesOfPeople } from '../../appraisal/appraisal.facts.js';
import type { Identity } from '../../people/identity.service.js';
import { qaScoreInputsOf } from '../../quality/fitness/qa-inputs.js';
import { findCourse } from '../../training/courses/courses.service.js';
import { courseCompletions } from '../../training/mentoring/mentor-facts.js';
import * as repo from './pool.repo.js';

// Who may be selected as a mentor (SPEC §7), each criterion with its evidence:
//  tenure          whole months since the hire date ≥ mentoring.pool.minTenureMonths
//  qa              the mean final score of the person's counted QA evaluations (quality's own
//                  qaScoreInputs: after disputes, without a suspended evaluator's) over the last
//                  mentoring.pool.qaWindowDays days ≥ minQaAverage; none in the window = not met
//  appraisal       the total of the person's latest PUBLISHED appraisal ≥ minAppraisalScore. No
//                  published appraisal yet is NOT met: a mentor is chosen on a record of results,
//                  and a person too new to have one can still be selected with an override reason.
//                  Unless the center has never published any appraisal (a new installation): then
//                  nobody could meet it, so it is waived (met, state 'waived') rather than forcing
//                  an override for every mentor
//  mentorTraining  the course chosen in the pool's configuration is completed in their training
//                  record (training/mentoring/mentor-facts.ts); no course chosen = not met
// Eligible = all four met.

export interface Eligibility {
  criteria: PoolCriterion[];
  eligible: boolean;
  unmet: PoolCriterionKey[];
}

const blank = { value: null, threshold: null, count: null, date: null, label: null, how: null };

function wholeMonths(from: string, to: string) {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  let m = (ty - fy) * 12 + (tm - fm);
  if (m > 0 && addMonths(from, m) > to) m -= 1;
  return Math.max(0, m);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function eligibilityOf(db: Db, people: Identity[]): Promise<Map<string, Eligibility>> {
  const today = centerToday(await centerOffset(db));
  const [minTenure, minQa, windowDays, minAppraisal] = await Promise.all([
    getSetting(db, 'mentoring.pool.minTenureMonths'),
    getSetting(db, 'mentoring.pool.minQaAverage'),
    getSetting(db, 'mentoring.pool.qaWindowDays'),
    getSetting(db, 'mentoring.pool.minAppraisalScore'),
  ]);
  const ids = people.map((p) => p.id);
  const courseId = (await repo.config(db))?.mentor_course_id ?? null;
  const course = courseId ? await findCourse(db, courseId) : undefined;
  const [grades, completions, anyPublished] = await Promise.all([
    gradesOfPeople(db, ids),
    courseId ? courseCompletions(db, courseId, ids) : Promise.resolve(new Map()),
    anyPublishedAppraisal(db),
  ]);
  const from = addDays(today, -(windowDays - 1));
  // quality's one place that knows which evaluations count (as appraisal asks it), for everyone at once.
  const qaOf = await qaScoreInputsOf(db, ids, from, today);
  const out = new Map<string, Eligibility>();
  for (const p of people) {
    const months = wholeMonths(p.hireDate, today);
    const tenure: PoolCriterion = {
      ...blank,
      key: 'tenure',
      met: months >= minTenure,
      state: months >= minTenure ? 'met' : 'below',
      value: months,
      threshold: minTenure,
      date: p.hireDate,
    };
    const evs = qaOf.get(p.id) ?? [];
    const avg = evs.length ? round2(evs.reduce((s, e) => s + e.finalScore, 0) / evs.length) : null;
    const qa: PoolCriterion = {
      ...blank,
      key: 'qa',
      met: avg !== null && avg >= minQa,
      state: avg === null ? 'no_data' : avg >= minQa ? 'met' : 'below',
      value: avg,
      threshold: minQa,
      count: evs.length,
      date: from,
    };
    const latest = (grades.get(p.id) ?? []).filter((g) => g.total !== null).at(-1);
    const total = latest?.total ?? null;
    const waived = total === null && !anyPublished;
    const appraisal: PoolCriterion = {
      ...blank,
      key: 'appraisal',
      met: waived || (total !== null && total >= minAppraisal),
      state: waived ? 'waived' : total === null ? 'no_data' : total >= minAppraisal ? 'met' : 'below',
      value: total,
      threshold: minAppraisal,
      date: latest?.periodTo ?? null,
      label: latest?.cycleName ?? null,
    };
    const done = completions.get(p.id);
    const training: PoolCriterion = {
      ...blank,
      key: 'mentorTraining',
      met: !!done,
      state: !courseId ? 'not_configured' : done ? 'met' : 'no_data',
      date: done?.date ?? null,
      label: course?.title ?? null,
      how: done?.how ?? null,
    };
    const criteria = [tenure, qa, appraisal, training];
    const unmet = criteria.filter((c) => !c.met).map((c) => c.key);
    out.set(p.id, { criteria, eligible: !unmet.length, unmet });
  }
  return out;
}
