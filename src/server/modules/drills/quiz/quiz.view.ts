import type { QuizQuestionView, QuizView } from '../../../../common/drills-quiz.js';
import type { CardKind } from '../../../../common/drills.js';
import type { DrillQuizItemsTable, DrillQuizzesTable } from '../../../db/schema-drills-quiz.js';
import { clozeParts, parseChoices } from '../practice/grading.js';
import { shuffled } from '../practice/queue.view.js';

// A quiz as its learner sees it: each question shows what to recall and never the answer (a
// read-aloud card shows its script, which is read, not recalled), as practice's queue does.

type CardRow = {
  id: string;
  deck_id: string;
  deck_name: string;
  kind: string;
  prompt: string;
  answer: string;
  choices: string | null;
  revision: number;
};

/** correct / total in percent, one decimal; an empty quiz scores 0. */
export const percentOf = (correct: number, total: number) =>
  total > 0 ? Math.round((correct / total) * 1000) / 10 : 0;

export function questionOf(employeeId: string, item: DrillQuizItemsTable, card: CardRow | undefined): QuizQuestionView {
  const kind = (card?.kind ?? 'recall') as CardKind;
  return {
    position: item.position,
    cardId: item.card_id,
    deckId: card?.deck_id ?? '',
    deckName: card?.deck_name ?? '',
    kind,
    prompt: card?.prompt ?? '',
    // As practice shows the card: the same order of options for the person and revision.
    choices:
      kind === 'choice' && card
        ? shuffled(parseChoices(card.choices), `${employeeId}/${card.id}/${card.revision}`)
        : null,
    clozeParts: kind === 'cloze' && card ? clozeParts(card.answer) : null,
    script: kind === 'read_aloud' && card ? card.answer : null,
    source: item.source === 'refresh' ? 'refresh' : 'due',
    answered: item.rating !== null,
    rating: item.rating,
    correct: item.correct === null ? null : item.correct === 1,
  };
}

export function quizView(q: DrillQuizzesTable, items: DrillQuizItemsTable[], cards: CardRow[]): QuizView {
  const byId = new Map(cards.map((c) => [c.id, c]));
  return {
    id: q.id,
    employeeId: q.employee_id,
    day: q.day,
    status: q.status === 'finished' ? 'finished' : 'open',
    total: q.total,
    answered: q.answered,
    correct: q.correct,
    percent: percentOf(q.correct, q.total),
    startedAt: q.started_at,
    finishedAt: q.finished_at,
    questions: items.map((i) => questionOf(q.employee_id, i, byId.get(i.card_id))),
  };
}
