import type { ImportPreview, ImportResult, ImportRowError } from '../../../../common/drills-decks.js';
import { cardProblem } from '../../../../common/drills-decks.js';
import type { Locale } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { AppError } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import type { CardContent } from './cards.service.js';
import { newCardRows } from './cards.service.js';
import * as repo from './decks.repo.js';
import { kindOf, parseCardsFile, splitChoices } from './import.parse.js';
import { cardsTemplate } from './import.template.js';

// The Excel import of cards (drills.author): a preview lists every row's problems and writes
// nothing; the import checks the file again and writes every card or none, each at revision 1,
// at the end of its deck. Decks are found by name among the active ones: an import never makes
// a deck (a typo would otherwise make a new one).

const CHUNK = 200;

interface Checked {
  errors: ImportRowError[];
  cards: Array<{ deckId: string; content: CardContent }>;
  decks: Map<string, repo.DeckRow>;
  rows: number;
}

async function check(db: Db, fileName: string, buf: Buffer): Promise<Checked> {
  const rows = await parseCardsFile(db, fileName, buf, await getSetting(db, 'drills.maxImportRows'));
  const decks = new Map((await repo.activeDecks(db)).map((d) => [d.name, d]));
  const errors: ImportRowError[] = [];
  const cards: Checked['cards'] = [];
  // A second upload of the same file would double every card: a card already in its deck (same
  // kind and prompt), or twice in the file, is a problem of its row.
  const key = (deckId: string, kind: string, prompt: string) => JSON.stringify([deckId, kind, prompt]);
  const named = [...new Set(rows.map((r) => decks.get(r.cells.deck)?.id).filter((id) => id !== undefined))];
  const seen = new Set((await repo.activeCardKeys(db, named)).map((c) => key(c.deck_id, c.kind, c.prompt)));
  for (const { line, cells } of rows) {
    const problem = (p: ImportRowError['problem'], field: string, value: string) =>
      errors.push({ line, problem: p, field, value: value.slice(0, 200) || null });
    const deck = decks.get(cells.deck);
    if (!deck) problem('UNKNOWN_DECK', 'deck', cells.deck);
    const kind = kindOf(cells.kind);
    if (!kind) {
      problem('BAD_KIND', 'kind', cells.kind);
      continue;
    }
    const content: CardContent = {
      kind,
      prompt: cells.prompt,
      answer: cells.answer,
      choices: kind === 'choice' ? splitChoices(cells.choices) : null,
      knowledgePoint: cells.knowledgePoint.slice(0, 100) || null,
    };
    const broken = cardProblem(content);
    if (broken) problem(broken.code, broken.field, broken.field === 'choices' ? cells.choices : cells[broken.field]);
    else if (deck && seen.has(key(deck.id, kind, content.prompt))) problem('DUPLICATE_CARD', 'prompt', cells.prompt);
    else if (deck) {
      seen.add(key(deck.id, kind, content.prompt));
      cards.push({ deckId: deck.id, content });
    }
  }
  return { errors, cards, decks, rows: rows.length };
}

export async function previewImport(db: Db, fileName: string, buf: Buffer): Promise<ImportPreview> {
  const c = await check(db, fileName, buf);
  const perDeck = new Map<string, number>();
  for (const card of c.cards) perDeck.set(card.deckId, (perDeck.get(card.deckId) ?? 0) + 1);
  const names = new Map([...c.decks.values()].map((d) => [d.id, d.name]));
  return {
    rows: c.rows,
    valid: c.cards.length,
    errors: c.errors,
    decks: [...perDeck].map(([deckId, cards]) => ({ deckId, name: names.get(deckId)!, cards })),
  };
}

export async function commitImport(db: Db, actor: Actor, fileName: string, buf: Buffer): Promise<ImportResult> {
  const c = await check(db, fileName, buf);
  if (c.errors.length)
    throw new AppError(
      422,
      'DRILL_IMPORT_HAS_ERRORS',
      `The file has ${c.errors.length} errors (first: line ${c.errors[0].line} ${c.errors[0].problem}); nothing was imported`,
      'file',
      { count: c.errors.length },
    );
  const byDeck = new Map<string, CardContent[]>();
  for (const card of c.cards) byDeck.set(card.deckId, [...(byDeck.get(card.deckId) ?? []), card.content]);
  await db.transaction().execute(async (trx) => {
    for (const [deckId, contents] of byDeck) {
      const start = await repo.nextPosition(trx, deckId);
      const made = contents.map((content, n) => newCardRows(actor, deckId, start + n, content));
      for (let i = 0; i < made.length; i += CHUNK) {
        const part = made.slice(i, i + CHUNK);
        await repo.insertCards(
          trx,
          part.map((m) => m.card),
        );
        await repo.insertRevisions(
          trx,
          part.map((m) => m.revision),
        );
      }
      await recordAudit(trx, actor, {
        action: 'import',
        entity: 'drill_deck',
        entityId: deckId,
        newValue: { file: fileName, cards: made.length },
      });
    }
  });
  return { cards: c.cards.length, decks: byDeck.size };
}

export async function templateOf(db: Db, locale: Locale) {
  const decks = (await repo.activeDecks(db)).map((d) => d.name).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return cardsTemplate(locale, decks);
}
