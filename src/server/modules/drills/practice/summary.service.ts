import type { MySummary } from '../../../../common/drills-practice.js';
import type { Db } from '../../../db/connect.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { masteryOf } from './mastery.js';
import { queueCounts } from './queue.service.js';

// My day of practice (issue 20 item 2): minutes against the daily goal, the streak of days that
// reached it, what is due and overdue, new cards left, and mastery per deck.

/**
 * Consecutive center days reaching the goal, ending today — or yesterday, so a streak is not
 * shown broken in the morning before today's practice.
 */
export function streakOf(goalDays: string[], today: string): number {
  const reached = new Set(goalDays);
  let day = reached.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (reached.has(day)) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}

export async function mySummary(db: Db, employeeId: string): Promise<MySummary> {
  const now = nowIso();
  const counts = await queueCounts(db, employeeId, now);
  const goalMinutes = await getSetting(db, 'drills.dailyGoalMinutes');
  const goalSeconds = goalMinutes * 60;
  const days = await db
    .selectFrom('drill_days')
    .select(['day', 'seconds', 'reviews'])
    .where('employee_id', '=', employeeId)
    .where('day', '<=', counts.day)
    .where('seconds', '>=', goalSeconds)
    .orderBy('day', 'desc')
    .execute();
  const todayRow = await db
    .selectFrom('drill_days')
    .select(['seconds', 'reviews'])
    .where('employee_id', '=', employeeId)
    .where('day', '=', counts.day)
    .executeTakeFirst();
  const seconds = Number(todayRow?.seconds ?? 0);

  const names = new Map(
    (await db.selectFrom('drill_decks').select(['id', 'name']).where('status', '=', 'active').execute()).map((d) => [
      d.id,
      d.name,
    ]),
  );
  const mastery = ((await masteryOf(db, [employeeId])).get(employeeId) ?? []).map((m) => ({
    ...m,
    name: names.get(m.deckId) ?? '',
    percent: m.cards ? Math.floor((m.mastered * 100) / m.cards) : 0,
  }));

  return {
    day: counts.day,
    seconds,
    minutes: Math.floor(seconds / 60),
    goalMinutes,
    goalReached: seconds >= goalSeconds,
    reviews: Number(todayRow?.reviews ?? 0),
    streak: streakOf(
      days.map((d) => d.day),
      counts.day,
    ),
    dueNow: counts.dueNow,
    overdue: counts.overdue,
    newAvailable: counts.newAvailable,
    mastery,
  };
}
