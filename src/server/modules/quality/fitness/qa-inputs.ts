import type { Db } from '../../../db/connect.js';
import * as repo from './fitness.repo.js';

// What an agent's appraisal takes from quality monitoring (SPEC §9, issue 18; issue 17 item 3:
// "an unfit evaluator's results do not count in appraisals"). Each evaluation of the person scored
// on a day in [from, to], with its final result (after any dispute decision or fitness rescore),
// except:
//  - one marked when its evaluator was suspended, until a QA lead confirms or rescores it;
//  - one scored by an evaluator who is suspended now, on a day of the window their suspension
//    covers, and not yet confirmed or rescored (a safety net for a mark that is missing).

export interface QaScoreInput {
  evaluationId: string;
  day: string;
  finalScore: number;
  passed: boolean;
  criticalFailure: string;
  evaluatorUserId: string;
  formId: string;
  method: string;
  reviewed: 'confirmed' | 'rescored' | null;
}

/** The counted evaluations of one person, oldest first. */
export async function qaScoreInputs(db: Db, personId: string, from: string, to: string): Promise<QaScoreInput[]> {
  return (await qaScoreInputsOf(db, [personId], from, to)).get(personId) ?? [];
}

/** The same for many people in one query per thousand (eligibility lists, team rankings); absent = none. */
export async function qaScoreInputsOf(
  db: Db,
  personIds: string[],
  from: string,
  to: string,
): Promise<Map<string, QaScoreInput[]>> {
  const out = new Map<string, QaScoreInput[]>();
  const ids = [...new Set(personIds)];
  for (let i = 0; i < ids.length; i += 1000)
    for (const r of await repo.countedEvaluationsOf(db, ids.slice(i, i + 1000), from, to))
      out.set(
        r.agent_id,
        (out.get(r.agent_id) ?? []).concat({
          evaluationId: r.id,
          day: r.day,
          finalScore: Number(r.final_score),
          passed: Number(r.passed) === 1,
          criticalFailure: r.critical_failure,
          evaluatorUserId: r.evaluator_user_id,
          formId: r.form_id,
          method: r.method,
          reviewed: (r.mark as QaScoreInput['reviewed']) ?? null,
        }),
      );
  return out;
}
