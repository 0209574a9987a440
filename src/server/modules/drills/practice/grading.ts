import { CLOZE_BLANK, CLOZE_JOIN, type DiffPart, type ReviewInput } from '../../../../common/drills-practice.js';
import { badRequest } from '../../../lib/errors.js';
import { differences, similarity } from './similarity.js';

// How an answer becomes an FSRS rating (issue 20 contract): recall and cloze pass at or above
// drills.similarityPassPercent (then the learner's own rating, good unless told, else again);
// choice is right (good) or wrong (again); a read-aloud card is rated by the learner.

export interface GradedCard {
  kind: string;
  answer: string;
  choices: string | null;
}

export interface Grade {
  rating: 1 | 2 | 3 | 4;
  correct: boolean;
  similarity: number | null;
  expected: string;
  differences: DiffPart[];
  /** What is kept of the answer in drill_reviews. */
  given: string | null;
}

/** A cloze text's blanked words, in order. */
export const clozeBlanks = (text: string) => Array.from(text.matchAll(CLOZE_BLANK), (m) => m[1]);

/** A cloze text with its blanks cut out: the pieces around them (blanks + 1). */
export const clozeParts = (text: string) => text.split(CLOZE_BLANK).filter((_, i) => i % 2 === 0);

export const parseChoices = (json: string | null): string[] => (json ? (JSON.parse(json) as string[]) : []);

const same = (a: string, b: string) => a.normalize('NFKC').trim() === b.normalize('NFKC').trim();

export function grade(card: GradedCard, input: ReviewInput, passPercent: number): Grade {
  switch (card.kind) {
    case 'recall':
    case 'cloze': {
      if (input.answer === undefined)
        throw badRequest('DRILL_ANSWER_REQUIRED', 'Type an answer for this card', 'answer');
      const expected = card.kind === 'cloze' ? clozeBlanks(card.answer).join(CLOZE_JOIN) : card.answer;
      const score = similarity(input.answer, expected);
      const passed = score * 100 >= passPercent;
      return {
        rating: passed ? ((input.selfRating ?? 3) as 1 | 2 | 3 | 4) : 1,
        correct: passed,
        similarity: score,
        expected,
        differences: differences(input.answer, expected),
        given: input.answer,
      };
    }
    case 'choice': {
      if (input.choice === undefined) throw badRequest('DRILL_CHOICE_REQUIRED', 'Pick one of the options', 'choice');
      if (!parseChoices(card.choices).some((c) => same(c, input.choice!)))
        throw badRequest('DRILL_CHOICE_UNKNOWN', 'The choice is not one of the options of this card', 'choice');
      const right = same(input.choice, card.answer);
      return {
        rating: right ? 3 : 1,
        correct: right,
        similarity: null,
        expected: card.answer,
        differences: [],
        given: input.choice,
      };
    }
    default: {
      if (input.selfRating === undefined)
        throw badRequest('DRILL_SELF_RATING_REQUIRED', 'Rate how well you read the script (1–4)', 'selfRating');
      return {
        rating: input.selfRating as 1 | 2 | 3 | 4,
        correct: input.selfRating > 1,
        similarity: null,
        expected: card.answer,
        differences: [],
        given: null,
      };
    }
  }
}
