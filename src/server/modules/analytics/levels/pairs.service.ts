import type { ExamPair, PairInput } from '../../../../common/analytics-levels.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { peopleScope } from '../../../lib/access.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { badRequest, conflict, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { programLevels } from './levels.service.js';
import * as repo from './levels.repo.js';
import * as pairs from './pairs.repo.js';

// The training manager says which exam of a program is its pre-test and which its post-test
// (level 2, before/after). A pair is the plan's, not a person's: everyone who took both counts.

/** Pairs two exams for a program and answers with the pair's figure as the actor sees it. */
export async function addPair(db: Db, actor: Actor, programId: string, input: PairInput): Promise<ExamPair> {
  if (input.preExamId === input.postExamId)
    throw badRequest('PAIR_SAME_EXAM', 'The pre-test and the post-test must be two exams', 'postExamId');
  if (!(await repo.planById(db, programId))) throw notFound('Program');
  const found = await pairs.examsExist(db, [input.preExamId, input.postExamId]);
  if (!found.includes(input.preExamId)) throw notFound('Exam');
  if (!found.includes(input.postExamId)) throw notFound('Exam');
  const id = newId();
  const taken = () => conflict('PAIR_EXISTS', 'These two exams are already paired for this program', 'postExamId');
  await db
    .transaction()
    .execute(async (trx) => {
      if (await pairs.findPair(trx, programId, input.preExamId, input.postExamId)) throw taken();
      await pairs.insertPair(trx, {
        id,
        plan_id: programId,
        pre_exam_id: input.preExamId,
        post_exam_id: input.postExamId,
        created_by: actor.userId,
        created_at: nowIso(),
      });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'analytics_level_pair',
        entityId: id,
        newValue: input,
      });
    })
    // two managers pairing the same exams at once: the unique index lets one in
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? taken() : err;
    });
  const levels = await programLevels(db, peopleScope(actor), programId);
  return levels.l2.pairs.find((p) => p.id === id)!;
}

export async function removePair(db: Db, actor: Actor, pairId: string): Promise<void> {
  const pair = await pairs.pairById(db, pairId);
  if (!pair) throw notFound('Pair');
  await db.transaction().execute(async (trx) => {
    await pairs.deletePair(trx, pairId);
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'analytics_level_pair',
      entityId: pairId,
      oldValue: pair,
    });
  });
}
