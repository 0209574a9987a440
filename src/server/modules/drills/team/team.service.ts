import type { z } from 'zod';
import type { TeamQuery, TeamViewData } from '../../../../common/drills-team.js';
import type { CardKind } from '../../../../common/drills.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { centerOffset } from '../../../lib/center-time.js';
import { addDays, centerToday, dayRange, daysBetween, nowIso } from '../../../lib/clock.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { badRequest, ruleBroken } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { people, teamsOf } from '../../people/identity.service.js';
import { masteryOf } from '../practice/mastery.js';
import { lastQuizzes } from '../quiz/quiz.repo.js';
import { percentOf } from '../quiz/quiz.view.js';
import * as repo from './team.repo.js';

// The team view of drills (团队演练, issue 20 item 5): for the people the reader may see (a team
// lead their team, a trainer their learners, a mentor their mentees, a center manager their
// department, training managers everyone — lib/access.ts peopleScope), optionally one team:
// minutes practised and days reaching the daily goal from..to, reviews, the backlog due now and
// overdue, mastery of their audience decks (practice's masteryOf), the last quiz; and the cards
// these people missed most (share of Again ratings).

const DEFAULT_DAYS = 7;
const MAX_DAYS = 366;

export async function teamView(db: Db, actor: Actor, q: z.output<typeof TeamQuery>): Promise<TeamViewData> {
  const offset = await centerOffset(db);
  const today = centerToday(offset);
  const to = q.to ?? today;
  const from = q.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  assertDateOrder(from, to, 'to');
  if (daysBetween(from, to) >= MAX_DAYS)
    throw badRequest('TEAM_RANGE_TOO_LONG', `Ask for at most ${MAX_DAYS} days at a time`, 'from');
  if (q.teamId && !(await teamsOf(db, [q.teamId])).size) throw ruleBroken('UNKNOWN_TEAM', 'No such team', 'teamId');
  const [goalMinutes, missedMin, missedTop] = await Promise.all([
    getSetting(db, 'drills.dailyGoalMinutes'),
    getSetting(db, 'drills.team.missedMinReviews'),
    getSetting(db, 'drills.team.missedTop'),
  ]);
  const list = await people(db, {
    scope: peopleScope(actor),
    teamIds: q.teamId ? [q.teamId] : undefined,
    current: true,
  });
  const ids = list.map((p) => p.id);
  const now = nowIso();
  const [practice, backlog, mastery, quizzes, missed] = await Promise.all([
    repo.practiceOf(db, ids, from, to, goalMinutes * 60),
    repo.backlogOf(db, ids, now, dayRange(today, today, offset).start),
    masteryOf(db, ids),
    lastQuizzes(db, ids, to),
    repo.mostMissed(db, ids, from, to, missedMin, missedTop),
  ]);
  const practiceBy = new Map(practice.map((r) => [r.employee_id, r]));
  const backlogBy = new Map(backlog.map((r) => [r.employee_id, r]));
  return {
    from,
    to,
    goalMinutes,
    people: list.map((p) => {
      const pr = practiceBy.get(p.id);
      const bl = backlogBy.get(p.id);
      const decks = mastery.get(p.id) ?? [];
      const cards = decks.reduce((s, d) => s + d.cards, 0);
      const mastered = decks.reduce((s, d) => s + d.mastered, 0);
      const quiz = quizzes.get(p.id);
      return {
        employeeId: p.id,
        employeeNo: p.employeeNo,
        name: p.name,
        teamId: p.teamId,
        teamName: p.teamName,
        minutes: Math.round(Number(pr?.seconds ?? 0) / 6) / 10,
        goalDays: Number(pr?.goal_days ?? 0),
        reviews: Number(pr?.reviews ?? 0),
        dueNow: Number(bl?.due_now ?? 0),
        overdue: Number(bl?.overdue ?? 0),
        masteryPercent: cards > 0 ? Math.round((mastered * 100) / cards) : null,
        lastQuizDay: quiz?.day ?? null,
        lastQuizPercent: quiz ? percentOf(quiz.correct, quiz.total) : null,
      };
    }),
    mostMissed: missed.map((c) => ({
      cardId: c.id,
      deckId: c.deck_id,
      deckName: c.deck_name,
      kind: c.kind as CardKind,
      prompt: c.prompt,
      reviews: c.reviews,
      again: c.again,
      againPercent: percentOf(c.again, c.reviews),
    })),
  };
}
