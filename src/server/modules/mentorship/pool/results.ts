import type { MentorResults, PoolCriterion } from '../../../../common/mentorship-pool.js';
import { EXIT_STATUSES } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { centerOffset } from '../../../lib/center-time.js';
import { centerToday } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { identities } from '../../people/identity.service.js';
import { qaScoreInputs } from '../../quality/fitness/qa-inputs.js';
import { assignmentsOfMentors, ratingsOfMentors } from '../../training/mentoring/mentor-facts.js';
import { eligibilityOf } from './eligibility.js';
import * as repo from './pool.repo.js';

// The pool with each mentor's ratings (SPEC §7: "rated by trainees and by results"):
//  - by trainees: the mean of training_mentor_ratings (1–5) and how many; a mentor whose mean is
//    below mentoring.pool.minRating is flagged;
//  - by results: of the trainees they mentored (one-to-one or group), how many reached regular
//    status and how many left, and the mean final QA score of their mentees' evaluations dated on
//    or after the mentee's regular status (and the mentoring's start). Evaluations before regular
//    status are handled with the trainee (recitation, re-test, improvement plan — quality's
//    follow-ups) and are NOT counted in the mentor's performance; they are only counted apart.

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Each mentor's results from their mentees' outcomes, by mentor id. */
export async function resultsOf(db: Db, mentorIds: string[]): Promise<Map<string, MentorResults>> {
  const today = centerToday(await centerOffset(db));
  const assignments = await assignmentsOfMentors(db, mentorIds);
  const menteeIds = [...new Set(assignments.map((a) => a.traineeId))];
  const [who, regular] = await Promise.all([identities(db, menteeIds), repo.regularSince(db, menteeIds)]);
  const out = new Map<string, MentorResults>();
  for (const mentorId of mentorIds) {
    const mine = assignments.filter((a) => a.mentorId === mentorId);
    // The first day each mentee was with this mentor: their evaluations count from then on.
    const since = new Map<string, string>();
    for (const a of mine)
      if (!since.has(a.traineeId) || a.startDate < since.get(a.traineeId)!) since.set(a.traineeId, a.startDate);
    const trainees = [...new Set(mine.filter((a) => a.mode !== 'coaching').map((a) => a.traineeId))];
    let [certified, left] = [0, 0];
    for (const t of trainees) {
      if (regular.has(t)) certified += 1;
      else if ((EXIT_STATUSES as readonly string[]).includes(who.get(t)?.status ?? '')) left += 1;
    }
    const scores: number[] = [];
    let excluded = 0;
    for (const [menteeId, start] of since) {
      const regularOn = regular.get(menteeId) ?? null;
      for (const e of await qaScoreInputs(db, menteeId, start, today)) {
        if (regularOn !== null && e.day >= regularOn) scores.push(e.finalScore);
        else excluded += 1;
      }
    }
    const decided = certified + left;
    out.set(mentorId, {
      trainees: trainees.length,
      certified,
      left,
      inTraining: trainees.length - decided,
      certifiedRate: decided ? round2((100 * certified) / decided) : null,
      qaAverage: scores.length ? round2(scores.reduce((s, x) => s + x, 0) / scores.length) : null,
      qaCount: scores.length,
      qaExcluded: excluded,
    });
  }
  return out;
}

/** The active pool members the actor may see, with criteria as they stand today, ratings and results. */
export async function listPool(db: Db, actor: Actor) {
  const members = await repo.activeMembers(db);
  const who = await identities(
    db,
    members.map((m) => m.employee_id),
  );
  const scope = peopleScope(actor);
  const visible = members.filter((m) => {
    const p = who.get(m.employee_id);
    return p && inPeopleScope(scope, { id: p.id, team_id: p.teamId, department_id: p.departmentId });
  });
  const ids = visible.map((m) => m.employee_id);
  const [facts, ratings, results, minRating, users, assignments] = await Promise.all([
    eligibilityOf(
      db,
      ids.map((id) => who.get(id)!),
    ),
    ratingsOfMentors(db, ids),
    resultsOf(db, ids),
    getSetting(db, 'mentoring.pool.minRating'),
    repo.userNames(db, [...new Set(visible.map((m) => m.selected_by).filter((x): x is string => !!x))]),
    assignmentsOfMentors(db, ids),
  ]);
  return visible.map((m) => {
    const p = who.get(m.employee_id)!;
    const r = ratings.get(m.employee_id) ?? { count: 0, average: null };
    return {
      id: m.id,
      employeeId: p.id,
      employeeNo: p.employeeNo,
      name: p.name,
      status: p.status,
      teamName: p.teamName,
      selectedAt: m.selected_at,
      selectedByName: m.selected_by ? (users.get(m.selected_by) ?? null) : null,
      overrideReason: m.override_reason,
      criteria: facts.get(p.id)?.criteria ?? (JSON.parse(m.criteria) as PoolCriterion[]),
      activeMentees: assignments.filter((a) => a.mentorId === p.id && a.status === 'active').length,
      ratingAverage: r.average,
      ratingCount: r.count,
      flagged: r.average !== null && r.average < minRating,
      results: results.get(p.id)!,
    };
  });
}
