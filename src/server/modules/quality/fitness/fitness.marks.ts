import type { Mark } from '../../../../common/quality-fitness.js';
import type { Db } from '../../../db/connect.js';
import * as repo from './fitness.repo.js';

// The fitness marks of some evaluations, for the evaluation DTOs (a list, a detail): its own file
// so the evaluations service can read them without importing fitness.service, which uses it.
export async function marksOf(db: Db, evaluationIds: string[]): Promise<Map<string, Mark>> {
  return new Map(
    (await repo.marksOf(db, evaluationIds)).map((m) => [
      m.evaluation_id,
      { state: m.state as Mark['state'], flagId: m.flag_id, reviewedAt: m.reviewed_at, reviewReason: m.review_reason },
    ]),
  );
}
