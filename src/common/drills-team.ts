import { z } from 'zod';
import { CardKind } from './drills.js';
import { IsoDate } from './people.js';

// The team view of drills (团队演练, issue 20 item 5) on the API, shared by the server and the
// web: per person the minutes practised, the days reaching the goal, reviews, the backlog, mastery
// and the last quiz; and the cards the people miss most. Figures only; the web words them.

export const TeamQuery = z.object({
  teamId: z.string().min(1).max(64).optional(),
  /** Center days, inclusive; default the 7 days ending today. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type TeamQueryInput = z.input<typeof TeamQuery>;

export const TeamPersonRow = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  /** Minutes practised from..to, one decimal. */
  minutes: z.number(),
  /** Days from..to reaching drills.dailyGoalMinutes. */
  goalDays: z.number().int(),
  reviews: z.number().int(),
  /** Cards due now (overdue included). */
  dueNow: z.number().int(),
  /** Cards due before the start of today. */
  overdue: z.number().int(),
  /** Mastered cards of their audience decks in percent, whole (null when no deck is meant for them). */
  masteryPercent: z.number().int().nullable(),
  lastQuizDay: z.string().nullable(),
  lastQuizPercent: z.number().nullable(),
});
export type TeamPersonRowView = z.infer<typeof TeamPersonRow>;

/** A card the people missed most from..to: the share of Again ratings among at least 3 reviews. */
export const MissedCard = z.object({
  cardId: z.string(),
  deckId: z.string(),
  deckName: z.string(),
  kind: CardKind,
  prompt: z.string(),
  reviews: z.number().int(),
  again: z.number().int(),
  /** again / reviews in percent, one decimal. */
  againPercent: z.number(),
});
export type MissedCardView = z.infer<typeof MissedCard>;

export const TeamView = z.object({
  from: z.string(),
  to: z.string(),
  goalMinutes: z.number(),
  people: z.array(TeamPersonRow),
  mostMissed: z.array(MissedCard),
});
export type TeamViewData = z.infer<typeof TeamView>;
