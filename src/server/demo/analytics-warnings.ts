import type { Db } from '../db/connect.js';
import { todayInCenter } from '../lib/center-time.js';
import { addDays, nowIso } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { getSetting } from '../lib/settings.js';
import { spanWeeks } from '../modules/analytics/warnings/decline.js';
import { recordAction, sweepWarnings } from '../modules/analytics/warnings/warnings.service.js';
import { demoActor } from './demo-actor.js';

// Early warnings in the demo (issue 22 item 5), after the history and the rollups: two agents of
// the demo team lead's team slide over the last full weeks — side-by-side evaluations on the
// demo's published scorecard that lose more and more on two of its items — then the sweep runs
// on the whole center (flagging these and any decline the demo's own data has), and the lead has
// already recorded an action on one of them, so 预警 and the monthly report show each state.
// Loaded once: a center that has warnings is left alone.

type Item = { key: string; weight: number };

export async function seedAnalyticsWarningsDemo(db: Db): Promise<void> {
  if (await db.selectFrom('analytics_warnings').select('id').limit(1).executeTakeFirst()) return;
  const version = await db
    .selectFrom('qa_form_versions')
    .select(['id', 'form_id', 'content'])
    .where('status', '=', 'published')
    .orderBy('created_at')
    .executeTakeFirst();
  const lead = await demoActor(db, 'teamlead').catch(() => null);
  const evaluator = await db.selectFrom('users').select('id').where('username', '=', 'qa').executeTakeFirst();
  if (!version || !lead?.teamId || !evaluator) return;
  const items: Item[] = (
    JSON.parse(version.content) as { sections: { items: { key: string; weight: number }[] }[] }
  ).sections.flatMap((s) => s.items.map((i) => ({ key: i.key, weight: i.weight })));
  const agents = await db
    .selectFrom('employees')
    .select(['id', 'status'])
    .where('team_id', '=', lead.teamId)
    .where('status', '=', 'regular')
    .where('id', '!=', lead.employeeId ?? '')
    .orderBy('employee_no', 'desc')
    .limit(2)
    .execute();
  const weeks = spanWeeks(await todayInCenter(db), await getSetting(db, 'analytics.warnings.weeks'));
  // The heaviest items are the ones that slip, so the fall is well past qaDropPoints.
  const slipping = [...items].sort((a, b) => b.weight - a.weight).slice(0, 2);
  const total = items.reduce((s, i) => s + i.weight, 0);
  const at = nowIso();
  for (const [n, agent] of agents.entries()) {
    for (const [w, monday] of weeks.entries()) {
      for (const [k, day] of [1, 3].entries()) {
        // Step by step through the span, none, then one, then both slipping items fail.
        const step = w * 2 + k;
        const fails = new Set(
          slipping.slice(0, Math.min(2, Math.floor((3 * step) / (2 * weeks.length)))).map((i) => i.key),
        );
        const results = Object.fromEntries(
          items.map((i) => [
            i.key,
            { earned: fails.has(i.key) ? 0 : i.weight, possible: i.weight, na: false, criticalFailed: false },
          ]),
        );
        const earned = items.reduce((s, i) => s + (fails.has(i.key) ? 0 : i.weight), 0);
        const score = Math.round((10000 * earned) / total) / 100 - n;
        const dayOf = addDays(monday, day);
        await db
          .insertInto('qa_evaluations')
          .values({
            id: newId(),
            form_version_id: version.id,
            form_id: version.form_id,
            interaction_id: null,
            agent_id: agent.id,
            evaluator_user_id: evaluator.id,
            method: 'side_by_side',
            sample_id: null,
            answers: '{}',
            items: JSON.stringify(results),
            score,
            final_answers: '{}',
            final_items: JSON.stringify(results),
            final_score: score,
            passed: score >= 80 ? 1 : 0,
            critical_failure: 'none',
            comment: '预警演示：旁听评分',
            suggestion_kind: null,
            suggestion_employee_id: null,
            suggestion_note: null,
            agent_status: agent.status,
            business_type: null,
            day: dayOf,
            scored_at: `${dayOf}T06:00:00.000Z`,
            version: 1,
            created_at: at,
            updated_at: at,
          })
          .execute();
      }
    }
  }
  await sweepWarnings(db);
  const first = await db
    .selectFrom('analytics_warnings')
    .select('id')
    .where('employee_id', 'in', agents.length ? agents.map((a) => a.id) : [''])
    .where('status', '=', 'open')
    .orderBy('flagged_at')
    .executeTakeFirst();
  if (first)
    await recordAction(db, lead, first.id, {
      kind: 'mentoring',
      note: '安排组内优秀坐席一对一跟听两周，重点纠正失分项',
      dueDate: addDays(await todayInCenter(db), 14),
    });
}
