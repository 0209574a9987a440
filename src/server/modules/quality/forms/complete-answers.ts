import type { AnswersShape, ScorecardContentShape } from '../../../../common/quality.js';
import { scoreEvaluation } from '../../../../common/quality-scoring.js';
import { badRequest, ruleBroken } from '../../../lib/errors.js';

/**
 * Scores answers that must cover every item of the form — a calibration score, an evaluator's
 * co-score: 400 INVALID_ANSWER or ANSWER_MISSING naming the item, 422 NOTHING_APPLICABLE when
 * every item is N/A. (An evaluation has rules of its own: evaluations.service assertScorable.)
 */
export function scoreEveryItem(content: ScorecardContentShape, answers: AnswersShape, passScore: number) {
  const r = scoreEvaluation(content, answers, passScore);
  const problem = r.problems[0];
  if (problem)
    throw badRequest('INVALID_ANSWER', `answers.${problem.key}: ${problem.message}`, `answers.${problem.key}`);
  if (r.missing.length)
    throw badRequest(
      'ANSWER_MISSING',
      `answers.${r.missing[0]}: every item must be answered`,
      `answers.${r.missing[0]}`,
    );
  if (r.score === null)
    throw ruleBroken('NOTHING_APPLICABLE', 'Every item is N/A: there is nothing to score', 'answers');
  return { ...r, score: r.score };
}
