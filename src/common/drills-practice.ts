import { z } from 'zod';
import { BOOST_REASONS, CARD_KINDS, Rating } from './drills.js';

// The practice part of drills (issue 20 items 1–2) on the API: my day (goal, streak, due and
// overdue counts, mastery per deck), my queue of cards to answer, and a review. The API carries
// codes (kinds, boost reasons); the web says them in the reader's language.

const Id = z.string().min(1).max(64);

/** Cloze answers: the words typed into the blanks, in order, joined by this (it is dropped when compared). */
export const CLOZE_JOIN = ' ';
/** A cloze card's text marks each blank as [[words]]. */
export const CLOZE_BLANK = /\[\[([^\]]*)\]\]/g;

export const ReviewInput = z.object({
  cardId: Id,
  /** recall: the typed answer; cloze: the blanks' words in order, joined by CLOZE_JOIN. */
  answer: z.string().max(5000).optional(),
  /** choice: the option picked (its text). */
  choice: z.string().max(1000).optional(),
  /** read_aloud: required; recall and cloze: how hard a passed answer felt (default 3 good). */
  selfRating: Rating.optional(),
  /** Time spent on the card; one review counts at most 5 minutes toward the day. */
  durationMs: z.number().int().min(0).max(86_400_000),
  /** read_aloud: the learner's upload (POST /api/drills/recordings), marked reviewed with this review. */
  recordingId: Id.optional(),
});
export type ReviewInput = z.infer<typeof ReviewInput>;

export const DiffKind = z.enum(['same', 'missing', 'extra']);
export const DiffPart = z.object({ text: z.string(), kind: DiffKind });
export type DiffPart = z.infer<typeof DiffPart>;

export const ReviewResult = z.object({
  cardId: z.string(),
  reviewId: z.string(),
  rating: z.number().int(),
  correct: z.boolean(),
  /** recall and cloze: 0..1; else null. */
  similarity: z.number().nullable(),
  /** The right answer: recall's answer, cloze's blanks, choice's option, read_aloud's script. */
  expected: z.string(),
  differences: z.array(DiffPart),
  /** When the card is due again (UTC instant). */
  dueAfter: z.string(),
  /** Present when this review took the card across drills.masteryStabilityDays. */
  masteryChanged: z.object({ deckId: z.string(), mastered: z.boolean() }).optional(),
});
export type ReviewResult = z.infer<typeof ReviewResult>;

export const QueueQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

/** Why a card is in my queue now: an error or a changed script put it there, or its schedule. */
export const QUEUE_WHY = ['boosted', 'overdue', 'due', 'new'] as const;
export const BoostReason = z.enum(BOOST_REASONS);

/** A card to answer: never its answer, except a read-aloud script (which is read, not recalled). */
export const QueueCard = z.object({
  cardId: z.string(),
  deckId: z.string(),
  deckName: z.string(),
  kind: z.enum(CARD_KINDS),
  prompt: z.string(),
  /** choice: the options in a fixed shuffled order for this person and card. */
  choices: z.array(z.string()).nullable(),
  /** cloze: the text around the blanks (blanks + 1 pieces). */
  clozeParts: z.array(z.string()).nullable(),
  /** read_aloud: the script to read. */
  script: z.string().nullable(),
  why: z.enum(QUEUE_WHY),
  boostReason: BoostReason.nullable(),
  /** The evaluation id, exam attempt id or card revision behind a boost. */
  boostRef: z.string().nullable(),
  due: z.string().nullable(),
});
export type QueueCard = z.infer<typeof QueueCard>;

export const DeckMastery = z.object({
  deckId: z.string(),
  name: z.string(),
  cards: z.number().int(),
  mastered: z.number().int(),
  /** mastered / cards, 0..100, whole percent (0 when the deck has no cards). */
  percent: z.number().int(),
});
export type DeckMastery = z.infer<typeof DeckMastery>;

export const MySummary = z.object({
  /** The center's calendar day. */
  day: z.string(),
  seconds: z.number().int(),
  minutes: z.number().int(),
  goalMinutes: z.number(),
  goalReached: z.boolean(),
  reviews: z.number().int(),
  /** Consecutive center days reaching the goal, ending today (or yesterday, while today is not reached yet). */
  streak: z.number().int(),
  dueNow: z.number().int(),
  /** Due before the start of today. */
  overdue: z.number().int(),
  /** New cards still to be introduced today (within drills.newCardsPerDay). */
  newAvailable: z.number().int(),
  mastery: z.array(DeckMastery),
});
export type MySummary = z.infer<typeof MySummary>;
