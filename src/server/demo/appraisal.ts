import type { PositionTypeName } from '../../common/appraisal-plans.js';
import type { Db } from '../db/connect.js';
import { defaultPlanContent } from '../modules/appraisal/plans/plan-defaults.js';
import * as plans from '../modules/appraisal/plans/plans.service.js';
import { seedAppraisalCycleDemo } from './appraisal-cycle.js';
import { demoActor } from './demo-actor.js';

// Demo appraisal plan (issue 18): the SPEC §9 defaults, published by HR, over the agents' teams —
// retail and credit-card teams answer calls (inbound), the outbound teams sell, complaints work
// tickets and call-backs (non-voice). QA, training, the new-hire class and the department office
// (CS1-0, where the center manager sits) are appraised elsewhere. Last month's cycle runs on it (appraisal-cycle.ts). Run by the server's
// first start and by `seed-demo`, never by the test harness; a second run finds the plan and leaves it.

export const DEMO_PLAN_NAME = '坐席月度绩效考核方案';
const TEAMS: [code: string, type: PositionTypeName][] = [
  ['CS1-1', 'inbound'],
  ['CS1-2', 'inbound'],
  ['CS2-1', 'inbound'],
  ['CS2-2', 'inbound'],
  ['CMP-1', 'non_voice'],
  ['OUT-1', 'outbound'],
  ['OUT-2', 'outbound'],
];

/** Publishes the demo plan; returns its id, or null when it was there already. */
export async function seedAppraisalDemo(db: Db): Promise<string | null> {
  if (await db.selectFrom('appraisal_plans').select('id').where('name', '=', DEMO_PLAN_NAME).executeTakeFirst())
    return null;
  const teams = await db
    .selectFrom('teams')
    .select(['id', 'code'])
    .where(
      'code',
      'in',
      TEAMS.map(([code]) => code),
    )
    .execute();
  const idOf = new Map(teams.map((t) => [t.code, t.id]));
  const actor = await demoActor(db, 'hr');
  const content = await defaultPlanContent(db, DEMO_PLAN_NAME);
  content.teams = TEAMS.filter(([code]) => idOf.has(code)).map(([code, positionType]) => ({
    teamId: idOf.get(code)!,
    positionType,
  }));
  const made = await plans.createPlan(db, actor, { name: DEMO_PLAN_NAME, departmentId: null, content });
  const published = await plans.publish(db, actor, made.id, made.revision);
  if (published.publishedVersionId) await seedAppraisalCycleDemo(db, published.publishedVersionId);
  return made.id;
}
