import { CLOZE_JOIN } from '../../common/drills-practice.js';
import type { Db } from '../db/connect.js';
import type { DrillReviewsTable, DrillStatesTable } from '../db/schema-drills.js';
import { centerOffset } from '../lib/center-time.js';
import { addDays, centerToday, dayRange } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { AppError } from '../lib/errors.js';
import { getSetting } from '../lib/settings.js';
import { clozeBlanks } from '../modules/drills/practice/grading.js';
import {
  emptyState,
  fsrsSettings,
  nextState,
  schedulerFor,
  type StateFields,
} from '../modules/drills/practice/scheduler.js';
import { answerQuiz, startQuiz } from '../modules/drills/quiz/quiz.service.js';
import { decksFor } from '../modules/drills/shared/audience.js';
import { demoActor } from './demo-actor.js';
import { mulberry32 } from './names.js';

// Demo data of issue 20 (drills practice): 24 days of review history, relative to the clock, for
// the agents of two teams and the first trainees of the new-hire cohort, so the team view, the
// streaks and mastery show real variety (diligent and idle people, strong and weak recall, a few
// cards everyone stumbles on). recordReview stamps a review with the clock's now, and moving the
// clock is for tests, so the history is written straight into drill_states / drill_reviews /
// drill_days, each state computed by practice's own FSRS scheduler (ts-fsrs, the settings'
// parameters) from backdated instants. Today's quiz of the demo trainee is then taken through
// the quiz service (its answers through recordReview, as in the app). Anyone with reviews already
// is left as they are, so a second run changes nothing.

const HISTORY_DAYS = 24;
const TEAMS = ['CS1-1', 'CS1-2'];
const TRAINEES = 12;
const BATCH = 400;

interface Card {
  id: string;
  deck_id: string;
  revision: number;
  kind: string;
  answer: string;
  choices: string | null;
}

async function demoPeople(db: Db) {
  const agents = await db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select(['e.id', 'e.status', 't.department_id'])
    .where('t.code', 'in', TEAMS)
    .where('e.status', 'in', ['regular', 'probation', 'key_staff'])
    .orderBy('e.employee_no')
    .execute();
  const trainees = await db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select(['e.id', 'e.status', 't.department_id'])
    .where('t.code', '=', 'TRN-NH')
    .where('e.status', '=', 'trainee')
    .orderBy('e.employee_no')
    .limit(TRAINEES)
    .execute();
  return [...agents, ...trainees];
}

/** One person's history: practice on most days (how often is their own), reviews graded by their recall. */
function simulate(
  person: { id: string; deckIds: string[] },
  cards: Card[],
  o: { seed: number; today: string; offset: number; newPerDay: number; f: ReturnType<typeof schedulerFor> },
) {
  const rand = mulberry32(o.seed);
  const diligence = 0.35 + rand() * 0.6; // share of days practised
  const recall = 0.68 + rand() * 0.3; // chance of recalling a due card
  const pace = 25 + Math.floor(rand() * 25); // seconds per card
  const mine = cards.filter((c) => person.deckIds.includes(c.deck_id));
  const states = new Map<string, StateFields>();
  const reviews: DrillReviewsTable[] = [];
  const days: { employee_id: string; day: string; seconds: number; reviews: number; lapses: number }[] = [];
  for (let back = HISTORY_DAYS; back >= 1; back--) {
    const day = addDays(o.today, -back);
    if (rand() > diligence) continue;
    let at = Date.parse(dayRange(day, day, o.offset).start) + (9 + Math.floor(rand() * 8)) * 3_600_000;
    const due = mine.filter((c) => {
      const s = states.get(c.id);
      return s && Date.parse(s.due) <= at + 3_600_000;
    });
    const fresh = mine.filter((c) => !states.has(c.id)).slice(0, o.newPerDay);
    const today = [...due, ...fresh].slice(0, 20 + Math.floor(rand() * 15));
    let seconds = 0;
    let lapses = 0;
    for (const card of today) {
      // Every seventh card is a hard one: the cards the team misses most.
      const hard = card.id.charCodeAt(card.id.length - 1) % 7 === 0;
      const ok = rand() < (hard ? recall - 0.3 : recall);
      const rating = (ok ? (rand() < 0.15 ? 4 : rand() < 0.2 ? 2 : 3) : 1) as 1 | 2 | 3 | 4;
      const before = states.get(card.id) ?? emptyState(new Date(at).toISOString());
      const now = new Date(at).toISOString();
      const after = nextState(o.f, before, now, rating);
      states.set(card.id, after);
      const ms = (pace + Math.floor(rand() * 20)) * 1000;
      reviews.push({
        id: newId(),
        employee_id: person.id,
        card_id: card.id,
        deck_id: card.deck_id,
        revision: card.revision,
        rating,
        answer: null,
        similarity: null,
        duration_ms: ms,
        state_before: before.state,
        due_after: after.due,
        stability_after: after.stability,
        quiz_id: null,
        day,
        reviewed_at: now,
      });
      seconds += Math.round(ms / 1000);
      if (rating === 1) lapses++;
      at += ms + 2000;
    }
    if (today.length) days.push({ employee_id: person.id, day, seconds, reviews: today.length, lapses });
  }
  const rows: DrillStatesTable[] = [...states].map(([cardId, s]) => {
    const card = mine.find((c) => c.id === cardId)!;
    return {
      employee_id: person.id,
      card_id: cardId,
      deck_id: card.deck_id,
      revision: card.revision,
      ...s,
      boost_reason: null,
      boost_ref: null,
      boosted_at: null,
    };
  });
  return { rows, reviews, days };
}

async function insertAll<T>(db: Db, table: 'drill_states' | 'drill_reviews' | 'drill_days', rows: T[]) {
  for (let i = 0; i < rows.length; i += BATCH)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
}

/** The expected answer of a card, as the learner would type or pick it. */
const rightAnswer = (c: Card) =>
  c.kind === 'cloze'
    ? { answer: clozeBlanks(c.answer).join(CLOZE_JOIN) }
    : c.kind === 'choice'
      ? { choice: c.answer }
      : c.kind === 'read_aloud'
        ? { selfRating: 3 as const }
        : { answer: c.answer };

/** A slip: another option, a blank memory, or an honest "again" on a reading. */
function wrongAnswer(c: Card) {
  if (c.kind === 'read_aloud') return { selfRating: 1 as const };
  if (c.kind === 'choice') return { choice: (JSON.parse(c.choices ?? '[]') as string[]).find((o) => o !== c.answer) };
  return { answer: '不记得了' };
}

async function todaysQuiz(db: Db, cards: Card[]) {
  const actor = await demoActor(db, 'trainee');
  let quiz;
  try {
    quiz = await startQuiz(db, actor);
  } catch (err) {
    if (err instanceof AppError && err.errorCode === 'QUIZ_NO_CARDS') return;
    throw err;
  }
  for (const [n, q] of quiz.questions.entries()) {
    if (q.answered) continue;
    const card = cards.find((c) => c.id === q.cardId);
    if (!card) continue;
    // One slip in the quiz, so its score is not a perfect one.
    const given = n === 1 ? wrongAnswer(card) : rightAnswer(card);
    await answerQuiz(db, actor, quiz.id, { cardId: q.cardId, durationMs: 20_000, ...given });
  }
}

export async function seedDrillsPracticeDemo(db: Db): Promise<void> {
  const cards = await db
    .selectFrom('drill_cards')
    .select(['id', 'deck_id', 'revision', 'kind', 'answer', 'choices'])
    .where('status', '=', 'active')
    .orderBy('deck_id')
    .orderBy('position')
    .execute();
  if (!cards.length) return; // no decks (the decks demo did not run)
  const people = await demoPeople(db);
  const seen = new Set(
    (await db.selectFrom('drill_days').select('employee_id').distinct().execute()).map((r) => r.employee_id),
  );
  const offset = await centerOffset(db);
  const today = centerToday(offset);
  const f = schedulerFor(await fsrsSettings(db));
  const newPerDay = Math.min(8, await getSetting(db, 'drills.newCardsPerDay'));
  const all = { rows: [] as DrillStatesTable[], reviews: [] as DrillReviewsTable[], days: [] as never[] };
  for (const [i, p] of people.entries()) {
    if (seen.has(p.id)) continue;
    const deckIds = await decksFor(db, { departmentId: p.department_id, status: p.status });
    const h = simulate({ id: p.id, deckIds }, cards, { seed: 2026_1226 + i, today, offset, newPerDay, f });
    all.rows.push(...h.rows);
    all.reviews.push(...h.reviews);
    all.days.push(...(h.days as never[]));
  }
  await db.transaction().execute(async (trx) => {
    await insertAll(trx, 'drill_states', all.rows);
    await insertAll(trx, 'drill_reviews', all.reviews);
    await insertAll(trx, 'drill_days', all.days);
  });
  const trainee = await db
    .selectFrom('users')
    .select('employee_id')
    .where('username', '=', 'trainee')
    .executeTakeFirst();
  if (trainee?.employee_id) await todaysQuiz(db, cards);
}
