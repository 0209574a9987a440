import type { z } from 'zod';
import type { EvaluationFollowUpDto } from '../../../common/quality-feedback.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { todayInCenter } from '../../lib/clock.js';
import { disputeDtos } from './disputes.view.js';
import { disputeWindowEnd } from './disputes.service.js';
import { feedbackOf } from './feedback.service.js';
import { requireEvaluation } from './feedback.access.js';
import { redLineFactsOf } from './summary.red-lines.js';

// What the evaluation page shows beside the scorecard: the feedback task, whether the agent may
// still dispute (and until when), the dispute with its outcome (original → final score), and
// red-line breaches with the review board's ruling. A window the calendar cannot count yet is
// shown as its problem (CALENDAR_YEAR_MISSING) rather than failing the page.
export async function evaluationPanel(db: Db, actor: Actor, evaluationId: string): Promise<z.infer<typeof EvaluationFollowUpDto>> {
  const ev = await requireEvaluation(db, actor, evaluationId);
  const feedback = await feedbackOf(db, actor, ev.id);
  const row = await db.selectFrom('qa_disputes').selectAll().where('evaluation_id', '=', ev.id).executeTakeFirst();
  const dispute = row ? (await disputeDtos(db, actor, [row]))[0] : null;
  let windowEnd: string | null = null;
  let windowProblem: string | null = null;
  try {
    windowEnd = await disputeWindowEnd(db, ev);
  } catch (err) {
    if (!(err instanceof AppError) || err.errorCode !== 'CALENDAR_YEAR_MISSING') throw err;
    windowProblem = err.errorCode;
  }
  const isAgent = !!actor.employeeId && actor.employeeId === ev.agent_id;
  return {
    evaluationId: ev.id, isAgent, feedback, disputeWindowEndsOn: windowEnd, disputeWindowProblem: windowProblem,
    mayDispute: isAgent && !dispute && !!windowEnd && (await todayInCenter(db)) <= windowEnd,
    dispute, score: Number(ev.score), finalScore: Number(ev.final_score), ...(await redLineFactsOf(db, ev.id)),
  };
}
