import type { Db } from '../../../db/connect.js';
import { addDays } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';

// Constructed weeks for the warning tests (issue 22 item 5), written straight into the sources
// the sweep reads: agents, QA evaluations with their item results, per-agent daily KPI counters
// and the same counters by business type.
const AT = '2030-01-01T00:00:00.000Z';

export async function addAgent(db: Db, teamId: string, name: string, status = 'regular'): Promise<string> {
  const id = newId();
  await db
    .insertInto('employees')
    .values({
      id,
      employee_no: `WX${id.slice(-10)}`,
      name,
      gender: null,
      phone: null,
      email: null,
      hire_date: '2029-01-07',
      team_id: teamId,
      supervisor_id: null,
      status,
      status_since: '2029-01-07',
      position: null,
      skills: '[]',
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

/** A published scorecard of two items (its labels are what a cause shows), and who scores. */
export async function scorecard(db: Db) {
  const items = [
    { key: 'wx_accuracy', label: '业务解答准确' },
    { key: 'wx_manner', label: '服务态度' },
  ];
  const existing = await db
    .selectFrom('qa_form_versions')
    .select(['id', 'form_id'])
    .where('id', '=', 'wx-form-v1')
    .executeTakeFirst();
  if (!existing) {
    await db
      .insertInto('qa_forms')
      .values({
        id: 'wx-form',
        name: '预警测试表',
        kind: 'inbound',
        description: null,
        archived: 0,
        published_version_id: 'wx-form-v1',
        draft_version_id: null,
        created_by: null,
        version: 1,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
    const content = {
      sections: [{ key: 's', title: '通话', items: items.map((i) => ({ ...i, kind: 'yes_no', weight: 50 })) }],
    };
    await db
      .insertInto('qa_form_versions')
      .values({
        id: 'wx-form-v1',
        form_id: 'wx-form',
        number: 1,
        status: 'published',
        content: JSON.stringify(content),
        pass_score: 80,
        published_at: AT,
        published_by: null,
        created_by: null,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
  }
  const evaluator = await db.selectFrom('users').select('id').where('username', '=', 'qa').executeTakeFirstOrThrow();
  return { versionId: 'wx-form-v1', formId: 'wx-form', items, evaluatorId: evaluator.id };
}

/**
 * `scores.length` evaluations on the Wednesday of the week starting `monday`; each loses
 * `lost[key]` of 100 points on that item and the rest of 100 − score on `rest`.
 */
export async function addQaWeek(
  db: Db,
  card: Awaited<ReturnType<typeof scorecard>>,
  agentId: string,
  monday: string,
  scores: number[],
  lost: (score: number) => Record<string, number>,
) {
  for (const score of scores) {
    const items: Record<string, { earned: number; possible: number; na: boolean; criticalFailed: boolean }> = {};
    for (const [key, points] of Object.entries(lost(score)))
      items[key] = { earned: 100 - points, possible: 100, na: false, criticalFailed: false };
    // Items carry 100 possible points each here, so the losses are spread over n items: scale them.
    const n = Object.keys(items).length;
    for (const r of Object.values(items)) r.earned = 100 - (100 - r.earned) * n;
    const id = newId();
    await db
      .insertInto('qa_evaluations')
      .values({
        id,
        form_version_id: card.versionId,
        form_id: card.formId,
        interaction_id: null,
        agent_id: agentId,
        evaluator_user_id: card.evaluatorId,
        method: 'recording',
        sample_id: null,
        answers: '{}',
        items: JSON.stringify(items),
        score,
        final_answers: '{}',
        final_items: JSON.stringify(items),
        final_score: score,
        passed: score >= 80 ? 1 : 0,
        critical_failure: 'none',
        comment: null,
        suggestion_kind: null,
        suggestion_employee_id: null,
        suggestion_note: null,
        agent_status: 'regular',
        business_type: '信用卡',
        day: addDays(monday, 2),
        scored_at: `${addDays(monday, 2)}T08:00:00.000Z`,
        version: 1,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
  }
}

export interface KpiWeek {
  handled: number;
  talk: number; // seconds per contact
  hold: number;
  wrap: number;
  fcr: number; // % resolved of all handled
  csat: number; // mean of the answers (every contact answers)
  businessType?: string;
}

/** One week's counters on its Wednesday, in the per-agent and the per-business-type rollups. */
export async function addKpiWeek(db: Db, agentId: string, monday: string, k: KpiWeek) {
  const row = {
    agent_id: agentId,
    day: addDays(monday, 2),
    offered: k.handled,
    handled: k.handled,
    talk_sum: k.talk * k.handled,
    hold_sum: k.hold * k.handled,
    wrap_sum: k.wrap * k.handled,
    fcr_yes: Math.round((k.fcr * k.handled) / 100),
    fcr_known: k.handled,
    csat_sum: Math.round(k.csat * k.handled),
    csat_count: k.handled,
    sl_within: 0,
    sl_offered: 0,
  };
  await db.insertInto('interaction_agent_daily').values(row).execute();
  await db
    .insertInto('interaction_daily')
    .values({ ...row, business_type: k.businessType ?? '信用卡', channel: 'voice' })
    .execute();
}
