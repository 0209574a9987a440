import type { Db } from '../../../db/connect.js';

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

export async function qaScoreInputs(db: Db, personId: string, from: string, to: string): Promise<QaScoreInput[]> {
  const rows = await db
    .selectFrom('qa_evaluations as e')
    .leftJoin('qa_evaluation_fitness_marks as m', 'm.evaluation_id', 'e.id')
    .select([
      'e.id',
      'e.day',
      'e.final_score',
      'e.passed',
      'e.critical_failure',
      'e.evaluator_user_id',
      'e.form_id',
      'e.method',
      'm.state as mark',
    ])
    .where('e.agent_id', '=', personId)
    .where('e.day', '>=', from)
    .where('e.day', '<=', to)
    .where((eb) => eb.or([eb('m.state', 'is', null), eb('m.state', '!=', 'flagged')]))
    .where((eb) =>
      eb.or([
        eb('m.state', 'in', ['confirmed', 'rescored']),
        eb.not(
          eb.exists(
            eb
              .selectFrom('qa_evaluator_fitness_flags as f')
              .select('f.id')
              .whereRef('f.user_id', '=', 'e.evaluator_user_id')
              .where('f.state', '=', 'suspended')
              .whereRef('f.marked_from', '<=', 'e.day')
              .whereRef('f.marked_to', '>=', 'e.day'),
          ),
        ),
      ]),
    )
    .orderBy('e.day')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    evaluationId: r.id,
    day: r.day,
    finalScore: Number(r.final_score),
    passed: Number(r.passed) === 1,
    criticalFailure: r.critical_failure,
    evaluatorUserId: r.evaluator_user_id,
    formId: r.form_id,
    method: r.method,
    reviewed: (r.mark as QaScoreInput['reviewed']) ?? null,
  }));
}
