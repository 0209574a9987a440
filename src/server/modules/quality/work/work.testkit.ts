import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { identity } from '../../people/identity.service.js';
import { addInteractions } from '../forms/forms.testkit.js';

// Steps of the home-page work tests (issue 26): a center where no quality work waits yet (the
// demo's feedback given and acknowledged, disputes decided, samples done, sessions closed,
// notices read), and open samples for an evaluator with their daily quota.

export async function clearQualityWork(db: Db) {
  const at = nowIso();
  await db
    .updateTable('qa_feedback')
    .set({ status: 'given', given_on: at.slice(0, 10), given_at: at, acknowledged_at: at })
    .execute();
  await db.updateTable('qa_disputes').set({ status: 'decided', decided_at: at }).where('status', '=', 'open').execute();
  await db
    .updateTable('qa_samples')
    .set({ status: 'skipped', skip_reason: 'test' })
    .where('status', '=', 'open')
    .execute();
  await db
    .updateTable('qa_calibration_sessions')
    .set({ status: 'closed', closed_at: at })
    .where('status', '=', 'open')
    .execute();
  await db.updateTable('notifications').set({ read_at: at }).where('read_at', 'is', null).execute();
}

/** `count` open samples of the agent's calls on `day`, assigned to the evaluator, whose quota is set too. */
export async function openSamplesFor(
  db: Db,
  userId: string,
  agentId: string,
  day: string,
  count: number,
  quota: { live?: number; recording?: number; sideBySide?: number },
) {
  const at = nowIso();
  const who = (await identity(db, agentId))!;
  const calls = await addInteractions(db, agentId, day, count);
  const drawId = newId();
  await db
    .insertInto('qa_sampling_draws')
    .values({
      id: drawId,
      week_start: day,
      seed: 1,
      status: 'done',
      agents: 1,
      interactions: count,
      samples: count,
      unassigned: 0,
      plan: '{}',
      duration_ms: 1,
      created_by: null,
      created_at: at,
    })
    .execute();
  const samples = calls.map((interactionId) => ({ id: newId(), interactionId }));
  await db
    .insertInto('qa_samples')
    .values(
      samples.map((s, i) => ({
        id: s.id,
        draw_id: drawId,
        week_start: day,
        interaction_id: s.interactionId,
        agent_id: agentId,
        team_id: who.teamId,
        department_id: who.departmentId,
        day,
        started_at: `${day}T02:00:00.000Z`,
        hour_band: i,
        business_type: '信用卡',
        channel: 'voice',
        method: 'side_by_side',
        reason: '{"kind":"random"}',
        why: 'test',
        status: 'open',
        assigned_user_id: userId,
        assigned_at: at,
        evaluation_id: null,
        done_at: null,
        skip_reason: null,
        skipped_by: null,
        version: 1,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  await db
    .insertInto('qa_quotas')
    .values({
      user_id: userId,
      live: quota.live ?? 0,
      recording: quota.recording ?? 0,
      side_by_side: quota.sideBySide ?? 0,
      updated_by: null,
      updated_at: at,
    })
    .execute();
  return samples;
}
