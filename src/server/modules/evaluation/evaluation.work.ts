import type { WorkSource } from '../../lib/work.js';
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

export const evaluationWork: WorkSource[] = [atRisk];
