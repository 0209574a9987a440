import type { WorkSource } from '../../lib/work.js';
import { identities } from '../people/identity.service.js';
import { endedNewHireCohortMembers } from '../training/record/record.service.js';
import { caseFacts } from './case-facts.js';
import { evaluateTrainees } from './criteria.service.js';
import { traineesInScope } from './evaluation.access.js';

// What waits in the evaluation (SPEC §6) for the home page (issue 26; lib/work.ts says how): a
// team lead's trainees one failure away from an elimination criterion (the at-risk rule), each
// opening the trainee's evaluation. They have no deadline; the item leaves the list when the
// records no longer put the trainee at risk (or a criterion is met and a case takes over).

const MENU = 'evaluation-at-risk';

const atRisk: WorkSource = {
  name: 'evaluation.atRisk',
  kinds: ['evaluationAtRisk'],
  menus: [MENU],
  appliesTo: (actor) => actor.roles.includes('team_lead') && !!actor.teamId,
  async items(db, actor) {
    const scope = { kind: 'limited' as const, teamIds: [actor.teamId!], departmentIds: [], employeeIds: [] };
    const trainees = await traineesInScope(db, scope);
    const evaluated = await evaluateTrainees(
      db,
      trainees.map((t) => t.id),
    );
    return evaluated
      .filter((e) => e.atRisk && !e.met)
      .map((e) => ({
        key: `evaluationAtRisk:${e.employeeId}`,
        kind: 'evaluationAtRisk',
        menu: MENU,
        due: null,
        provisional: false,
        link: `/evaluation/trainees/${e.employeeId}`,
        params: { name: e.name, count: e.criteria.filter((c) => c.atRisk).length },
      }));
  },
};

// A training manager: per cohort whose new-hire plan has ended (certify.service.ts: completed or
// past its end day), the trainees still waiting for the shadowing step — still status trainee,
// no open case — one item with the count, due the plan's end day, opening the cohort board where
// certification is done. Certifying them (or a case opening) takes them off the count.
const cohortResults: WorkSource = {
  name: 'evaluation.cohortResults',
  kinds: ['evaluationCohortResults'],
  menus: ['evaluation-board'],
  appliesTo: (actor) => actor.roles.includes('training_manager'),
  async items(db, _actor, { today }) {
    const rows = await endedNewHireCohortMembers(db, today);
    const ids = rows.map((r) => r.employee_id);
    const [who, inCase] = await Promise.all([identities(db, ids), caseFacts().withOpenCase(db, ids)]);
    const cohorts = new Map<string, { name: string; due: string; count: number }>();
    for (const r of rows) {
      if (who.get(r.employee_id)?.status !== 'trainee' || inCase.has(r.employee_id)) continue;
      const c = cohorts.get(r.id) ?? { name: r.name, due: String(r.end_date), count: 0 };
      if (String(r.end_date) > c.due) c.due = String(r.end_date);
      c.count++;
      cohorts.set(r.id, c);
    }
    return [...cohorts].map(([id, c]) => ({
      key: `evaluationCohortResults:${id}`,
      kind: 'evaluationCohortResults',
      menu: 'evaluation-board',
      due: c.due,
      provisional: false,
      link: `/evaluation/cohorts/${id}/board`,
      params: { cohort: c.name, count: c.count },
    }));
  },
};

export const evaluationWork: WorkSource[] = [atRisk, cohortResults];
