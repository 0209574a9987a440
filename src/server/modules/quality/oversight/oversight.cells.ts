import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';
import { addDays } from '../../../lib/clock.js';

// The oversight sums kept per calendar month by the database (migration 20270104-scale-oversight:
// triggers on qa_evaluations and on an agent's team change keep them in the same transaction as
// each write). A period is read as its whole months from here and its other days — the partial
// months at either end — from the evaluations themselves (oversight.repo.ts), so the figures are
// those of exactly the days asked for. Team and business type are '' here when missing.

const month = (day: string) => day.slice(0, 7);
const isFirst = (day: string) => day.endsWith('-01');
const isLast = (day: string) => addDays(day, 1).endsWith('-01');
const nextMonthStart = (day: string) => `${month(addDays(`${month(day)}-28`, 7))}-01`;

/** [from, to] as the whole months inside it (first and last month, 'YYYY-MM') and the days
 *  around them, each a [from, to] of days. */
export function splitPeriod(from: string, to: string) {
  const first = isFirst(from) ? from : nextMonthStart(from);
  const afterLast = isLast(to) ? addDays(to, 1) : `${month(to)}-01`;
  if (first >= afterLast) return { months: null, days: [{ from, to }] };
  const days: { from: string; to: string }[] = [];
  if (from < first) days.push({ from, to: addDays(first, -1) });
  if (afterLast <= to) days.push({ from: afterLast, to });
  return { months: { from: month(first), to: month(addDays(afterLast, -1)) }, days };
}

type Num = number | string;
const orNull = (s: string) => (s === '' ? null : s);

/** Per evaluator, team, business type and quarter of the months [fromMonth, toMonth]: n, Σscore,
 *  Σscore² (the figures need no finer time than quarters; `month` is the first month of the
 *  quarter that had any). */
export async function monthScores(db: Db, fromMonth: string, toMonth: string) {
  const { rows } = await sql<{
    evaluator_user_id: string;
    team_id: string;
    business_type: string;
    month: string;
    n: Num;
    sum: Num;
    sum_sq: Num;
  }>`SELECT evaluator_user_id, team_id, business_type, min(month) AS month, sum(n) AS n, sum(sum) AS sum,
       sum(sum_sq) AS sum_sq
     FROM qa_oversight_scores WHERE month >= ${fromMonth} AND month <= ${toMonth}
     GROUP BY evaluator_user_id, team_id, business_type, quarter HAVING sum(n) > 0`.execute(db);
  return rows.map((r) => ({ ...r, team_id: orNull(r.team_id), business_type: orNull(r.business_type) }));
}

/** Item shares over [fromMonth, toMonth] per evaluator, form and item. */
export async function monthItemsByEvaluator(db: Db, fromMonth: string, toMonth: string) {
  const { rows } = await sql<{
    evaluator_user_id: string;
    form_id: string;
    item_key: string;
    n: Num;
    sum: Num;
    sum_sq: Num;
  }>`
    SELECT evaluator_user_id, form_id, item_key, sum(n) AS n, sum(sum) AS sum, sum(sum_sq) AS sum_sq
    FROM qa_oversight_items_e WHERE month >= ${fromMonth} AND month <= ${toMonth}
    GROUP BY evaluator_user_id, form_id, item_key HAVING sum(n) > 0`.execute(db);
  return rows;
}

/** Item shares over [fromMonth, toMonth] per team, business type, form and item. */
export async function monthItemsByStratum(db: Db, fromMonth: string, toMonth: string) {
  const { rows } = await sql<{
    team_id: string;
    business_type: string;
    form_id: string;
    item_key: string;
    n: Num;
    sum: Num;
    sum_sq: Num;
  }>`
    SELECT team_id, business_type, form_id, item_key, sum(n) AS n, sum(sum) AS sum, sum(sum_sq) AS sum_sq
    FROM qa_oversight_items_s WHERE month >= ${fromMonth} AND month <= ${toMonth}
    GROUP BY team_id, business_type, form_id, item_key HAVING sum(n) > 0`.execute(db);
  return rows.map((r) => ({ ...r, team_id: orNull(r.team_id), business_type: orNull(r.business_type) }));
}
