import { z } from 'zod';
import { Audience, CardKind, DeckCategory } from './drills.js';

// Decks and cards of drills (issue 20 item 1) on the API, shared by the server (validation,
// OpenAPI) and the web (types). The content rules of a card (EMPTY_CARD, choices, cloze blanks)
// are in cardProblem below, so the editor, the API and the Excel import say the same thing.

/** The employment statuses a deck's audience may name (common/drills.ts Audience). */
export const AUDIENCE_STATUSES = [
  'trainee',
  'probation',
  'regular',
  'key_staff',
  'team_lead',
] as const satisfies readonly Audience['statuses'][number][];

export const DECK_STATUSES = ['active', 'archived'] as const;
export const DeckStatus = z.enum(DECK_STATUSES);
export type DeckStatus = z.infer<typeof DeckStatus>;

/** The longest texts of a card (the API's schemas and the import say the same). */
export const MAX_PROMPT = 2000;
export const MAX_ANSWER = 5000;
export const MAX_CHOICE = 500;
/** The most options a choice card may have, and the fewest. */
export const MIN_CHOICES = 2;
export const MAX_CHOICES = 8;
/** A cloze blank in a card's answer: 请拨打[[95598]]热线 → one blank, "95598". */
export const CLOZE_BLANK = /\[\[([^[\]]+)\]\]/g;

const Id = z.string().min(1).max(64);
const Version = z.number().int().min(1).max(1_000_000_000);
const OptionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const DeckInput = z.object({
  name: z.string().trim().min(1).max(100),
  category: DeckCategory,
  description: OptionalText(1000),
  audience: Audience.default({ departmentIds: [], statuses: [] }),
});
export type DeckInput = z.input<typeof DeckInput>;

/** A change to a deck; status archives or restores it. */
export const DeckPatch = z.object({
  version: Version,
  name: z.string().trim().min(1).max(100).optional(),
  category: DeckCategory.optional(),
  description: OptionalText(1000),
  audience: Audience.optional(),
  status: DeckStatus.optional(),
});
export type DeckPatch = z.input<typeof DeckPatch>;

export const DeckListQuery = z.object({
  category: DeckCategory.optional(),
  status: DeckStatus.optional(),
  /** Part of the deck's name. */
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const DeckView = z.object({
  id: z.string(),
  name: z.string(),
  category: DeckCategory,
  description: z.string().nullable(),
  audience: Audience,
  status: DeckStatus,
  /** Active cards. */
  cardCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type DeckView = z.infer<typeof DeckView>;

// Prompt and answer may arrive empty here: the service answers EMPTY_CARD with the field, which
// says more than a generic validation error.
const CardFields = {
  kind: CardKind,
  prompt: z.string().trim().max(MAX_PROMPT),
  answer: z.string().trim().max(MAX_ANSWER),
  /** choice: the options (2–8, distinct, the answer among them); ignored for other kinds. */
  choices: z.array(z.string().trim().max(MAX_CHOICE)).max(20).nullable().optional(),
  /** Ties the card to exam questions of the same knowledge point. */
  knowledgePoint: OptionalText(100),
};

export const CardInput = z.object(CardFields);
export type CardInput = z.input<typeof CardInput>;

export const CardPatch = z.object({
  version: Version,
  kind: CardFields.kind.optional(),
  prompt: CardFields.prompt.optional(),
  answer: CardFields.answer.optional(),
  choices: CardFields.choices,
  knowledgePoint: CardFields.knowledgePoint,
  status: DeckStatus.optional(),
  /** Why the content changed; kept with the revision. */
  note: OptionalText(500),
});
export type CardPatch = z.input<typeof CardPatch>;

export const CardView = z.object({
  id: z.string(),
  deckId: z.string(),
  kind: CardKind,
  prompt: z.string(),
  answer: z.string(),
  choices: z.array(z.string()).nullable(),
  knowledgePoint: z.string().nullable(),
  position: z.number().int(),
  revision: z.number().int(),
  status: DeckStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type CardView = z.infer<typeof CardView>;

export const DeckDetail = z.object({ deck: DeckView, cards: z.array(CardView) });
export type DeckDetail = z.infer<typeof DeckDetail>;

/** A saved card; revised: its content changed; reset: the people it came back to as new. */
export const CardSaved = z.object({ card: CardView, revised: z.boolean(), reset: z.number().int() });
export type CardSaved = z.infer<typeof CardSaved>;

export const CardOrder = z.object({ cardIds: z.array(Id).min(1).max(5000) });

export const CardRevision = z.object({
  revision: z.number().int(),
  kind: CardKind,
  prompt: z.string(),
  answer: z.string(),
  choices: z.array(z.string()).nullable(),
  note: z.string().nullable(),
  changedBy: z.string(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
});
export type CardRevision = z.infer<typeof CardRevision>;

export const CARD_PROBLEMS = [
  'EMPTY_CARD',
  'CARD_CHOICES_COUNT',
  'CARD_CHOICES_DUPLICATE',
  'CARD_ANSWER_NOT_IN_CHOICES',
  'CARD_CLOZE_NO_BLANK',
  'CARD_TOO_LONG',
] as const;
export type CardProblemCode = (typeof CARD_PROBLEMS)[number];
export interface CardProblem {
  code: CardProblemCode;
  field: 'prompt' | 'answer' | 'choices';
  message: string;
}

/** The blanks of a cloze text, in order. */
export const clozeBlanks = (text: string) => [...text.matchAll(CLOZE_BLANK)].map((m) => m[1].trim());

/** What is wrong with a card's content, or null. Texts are trimmed by the caller. */
export function cardProblem(c: {
  kind: CardKind;
  prompt: string;
  answer: string;
  choices?: string[] | null;
}): CardProblem | null {
  if (!c.prompt) return { code: 'EMPTY_CARD', message: 'A card needs a prompt', field: 'prompt' };
  if (!c.answer) return { code: 'EMPTY_CARD', message: 'A card needs an answer', field: 'answer' };
  if (c.prompt.length > MAX_PROMPT)
    return { code: 'CARD_TOO_LONG', message: `A prompt holds at most ${MAX_PROMPT} characters`, field: 'prompt' };
  if (c.answer.length > MAX_ANSWER)
    return { code: 'CARD_TOO_LONG', message: `An answer holds at most ${MAX_ANSWER} characters`, field: 'answer' };
  if ((c.choices ?? []).some((o) => o.length > MAX_CHOICE))
    return { code: 'CARD_TOO_LONG', message: `An option holds at most ${MAX_CHOICE} characters`, field: 'choices' };
  if (c.kind === 'choice') {
    const options = c.choices ?? [];
    if (options.length < MIN_CHOICES || options.length > MAX_CHOICES || options.some((o) => !o))
      return {
        code: 'CARD_CHOICES_COUNT',
        message: `A choice card needs ${MIN_CHOICES} to ${MAX_CHOICES} non-empty choices`,
        field: 'choices',
      };
    if (new Set(options).size !== options.length)
      return { code: 'CARD_CHOICES_DUPLICATE', message: 'The choices of a card must differ', field: 'choices' };
    if (!options.includes(c.answer))
      return { code: 'CARD_ANSWER_NOT_IN_CHOICES', message: 'The answer must be one of the choices', field: 'answer' };
  }
  if (c.kind === 'cloze' && clozeBlanks(c.answer).filter(Boolean).length === 0)
    return {
      code: 'CARD_CLOZE_NO_BLANK',
      message: 'A cloze card marks at least one blank in its answer as [[words]]',
      field: 'answer',
    };
  return null;
}

// Excel import: the template's columns, a preview with each row's problem, then all or nothing.
/** DUPLICATE_CARD: the deck has an active card of that kind and prompt already, or an earlier row does. */
export const IMPORT_PROBLEMS = ['UNKNOWN_DECK', 'BAD_KIND', 'DUPLICATE_CARD', ...CARD_PROBLEMS] as const;
export const ImportRowError = z.object({
  line: z.number().int(),
  problem: z.enum(IMPORT_PROBLEMS),
  field: z.string().nullable(),
  value: z.string().nullable(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportPreview = z.object({
  rows: z.number().int(),
  /** Rows that would become cards. */
  valid: z.number().int(),
  errors: z.array(ImportRowError),
  /** The cards each deck would gain. */
  decks: z.array(z.object({ deckId: z.string(), name: z.string(), cards: z.number().int() })),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({ cards: z.number().int(), decks: z.number().int() });
export type ImportResult = z.infer<typeof ImportResult>;
