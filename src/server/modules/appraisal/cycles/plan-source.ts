import { PlanContent, type PlanContentShape } from '../../../../common/appraisal-plans.js';
import type { Db } from '../../../db/connect.js';

// The plan version a cycle runs on, read from the plans' tables of this same module (the plans
// part owns their writes). The content is parsed again so a cycle scores on a checked shape.
export interface PlanVersionInfo {
  id: string;
  planId: string;
  planName: string;
  number: number;
  status: string;
  content: PlanContentShape;
}

export async function loadPlanVersion(db: Db, id: string): Promise<PlanVersionInfo | undefined> {
  const row = await db
    .selectFrom('appraisal_plan_versions as v')
    .innerJoin('appraisal_plans as p', 'p.id', 'v.plan_id')
    .select(['v.id', 'v.plan_id', 'p.name', 'v.number', 'v.status', 'v.content'])
    .where('v.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    planId: row.plan_id,
    planName: row.name,
    number: Number(row.number),
    status: row.status,
    content: PlanContent.parse(JSON.parse(row.content)),
  };
}

/** Many versions at once (cycle lists), without parsing content. */
export const versionHeads = (db: Db, ids: string[]) =>
  ids.length
    ? db
        .selectFrom('appraisal_plan_versions as v')
        .innerJoin('appraisal_plans as p', 'p.id', 'v.plan_id')
        .select(['v.id', 'p.name', 'v.number'])
        .where('v.id', 'in', ids)
        .execute()
    : Promise.resolve([]);
