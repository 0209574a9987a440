import type { Client } from '../../../test/harness.js';
import { answers, okData } from '../forms/forms.testkit.js';

// Steps shared by the feedback, dispute and summary tests: a side-by-side evaluation scored at a
// chosen instant (the tests move the one clock, lib/clock.ts setClock, so deadlines can be tried
// across holidays), always with an improvement suggestion, which a failing score requires.

/** Scores a side-by-side session of the agent on the day; returns the evaluation id. */
export async function scoreSession(
  evaluator: Client,
  formId: string,
  agentId: string,
  day: string,
  over: Record<string, number | null> = {},
) {
  const res = await evaluator.post('/api/quality/evaluations', {
    formId,
    method: 'side_by_side',
    agentId,
    day,
    answers: answers(over),
    suggestion: { kind: 'retraining', note: '复训' },
  });
  return okData(res).id as string;
}
