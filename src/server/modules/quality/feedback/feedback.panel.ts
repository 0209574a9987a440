import type { z } from 'zod';
import type { EvaluationFollowUpDto } from '../../../../common/quality-feedback.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { disputeRowOfEvaluation } from '../disputes/disputes.repo.js';
import { disputeDtos } from '../disputes/disputes.view.js';
import { disputeWindowClosed, disputeWindowEnd } from '../disputes/disputes.service.js';
import { feedbackOf } from './feedback.service.js';
import { requireEvaluation } from './feedback.access.js';
import { redLineFactsOf } from '../summary/summary.red-lines.js';

// What the evaluation page shows beside the scorecard: the feedback task, whether the agent may
// still dispute (and until when), the dispute with its outcome (original → final score), and
// red-line breaches with the review board's ruling. A window counted through a year the calendar
// lacks is shown with its problem (CALENDAR_YEAR_MISSING): provisional, and open until final.
export async function evaluationPanel(
  db: Db,
  actor: Actor,
  evaluationId: string,
): Promise<z.infer<typeof EvaluationFollowUpDto>> {
  const ev = await requireEvaluation(db, actor, evaluationId);
  const feedback = await feedbackOf(db, actor, ev.id);
  const row = await disputeRowOfEvaluation(db, ev.id);
  const dispute = row ? (await disputeDtos(db, actor, [row]))[0] : null;
  const window = await disputeWindowEnd(db, ev);
  const isAgent = !!actor.employeeId && actor.employeeId === ev.agent_id;
  return {
    evaluationId: ev.id,
    isAgent,
    feedback,
    disputeWindowEndsOn: window.day,
    disputeWindowProblem: window.provisionalYear === null ? null : 'CALENDAR_YEAR_MISSING',
    disputeWindowProblemYear: window.provisionalYear,
    mayDispute: isAgent && !dispute && !disputeWindowClosed(window, await todayInCenter(db)),
    dispute,
    score: Number(ev.score),
    finalScore: Number(ev.final_score),
    ...(await redLineFactsOf(db, ev.id)),
  };
}
