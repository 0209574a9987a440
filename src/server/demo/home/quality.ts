import type { Db } from '../../db/connect.js';
import { todayInCenter } from '../../lib/center-time.js';
import { addDays } from '../../lib/clock.js';
import { createSession } from '../../modules/quality/calibration/calibration.service.js';
import { drawWeek } from '../../modules/quality/sampling/sampling.service.js';
import { demoActor } from '../demo-actor.js';

// Work waiting for the demo users on the home page (issue 26), this area's part: the items each
// demo role finds at the top of its list, some due today, some late. The quality demo already
// leaves feedback to give (qa, some of it late; the team lead's own scoring), feedback for the
// agent to acknowledge and one open dispute for the team lead. What it lacks is today's work of
// an evaluator: a sample drawn into the evaluators' queues by the QA lead — the week before last,
// so that drawing last week stays the QA lead's step to take (the quality journey does), and a
// calibration session held today that qa and qa2 have still to score.
export async function seedHomeQualityDemo(db: Db): Promise<void> {
  const manager = await demoActor(db, 'manager').catch(() => null);
  if (!manager) return;
  const today = await todayInCenter(db);
  await drawWeekBeforeLast(db, manager, today);
  await calibrationToday(db, manager, today);
}

async function drawWeekBeforeLast(db: Db, manager: Awaited<ReturnType<typeof demoActor>>, today: string) {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const weekStart = addDays(today, -weekday - 14);
  if (await db.selectFrom('qa_sampling_draws').select('id').where('week_start', '=', weekStart).executeTakeFirst())
    return;
  await drawWeek(db, manager, { weekStart, seed: 2026 });
}

async function calibrationToday(db: Db, manager: Awaited<ReturnType<typeof demoActor>>, today: string) {
  const open = await db
    .selectFrom('qa_calibration_sessions')
    .select('id')
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (open) return;
  const form = await db
    .selectFrom('qa_forms')
    .select('id')
    .where('kind', '=', 'inbound')
    .where('published_version_id', 'is not', null)
    .executeTakeFirst();
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'employee_id'])
    .where('username', 'in', ['qa', 'qa2', 'agent'])
    .execute();
  const id = (u: string) => users.find((r) => r.username === u);
  const agent = id('agent')?.employee_id;
  if (!form || !id('qa') || !id('qa2') || !agent) return;
  // Two of the agent's recent calls the closed session did not use.
  const used = await db.selectFrom('qa_calibration_sessions').select('interactions').execute();
  const taken = new Set(used.flatMap((s) => (JSON.parse(s.interactions) as { id: string }[]).map((i) => i.id)));
  const calls = (
    await db
      .selectFrom('interactions')
      .select('id')
      .where('agent_id', '=', agent)
      .where('direction', '=', 'in')
      .where('channel', '=', 'voice')
      .where('answered', '=', 1)
      .where('day', '>=', addDays(today, -14))
      .where('day', '<', today)
      .orderBy('started_at', 'desc')
      .limit(6)
      .execute()
  )
    .map((c) => c.id)
    .filter((c) => !taken.has(c))
    .slice(0, 2);
  if (calls.length < 2) return;
  await createSession(db, manager, {
    title: `${today.slice(5, 7)} 月第二次呼入校准会`,
    formId: form.id,
    interactionIds: calls,
    evaluatorUserIds: [id('qa')!.id, id('qa2')!.id],
    day: today,
    notes: '盲评后对齐开场白和需求确认的评分口径',
  });
}
