import type { Db } from '../../../db/connect.js';
import { addDays } from '../../../lib/clock.js';
import { insertAgentDay, insertEmployee, insertQa, insertQaForm } from '../records.testkit.js';

// Constructed weeks for the warning tests (issue 22 item 5), written straight into the sources
// the sweep reads: agents, QA evaluations with their item results, per-agent daily KPI counters
// and the same counters by business type.
const AT = '2030-01-01T00:00:00.000Z';

export const addAgent = (db: Db, teamId: string, name: string, status = 'regular'): Promise<string> =>
  insertEmployee(db, { teamId, name, hireDate: '2029-01-07', status, noPrefix: 'WX', at: AT });

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
    const content = {
      sections: [{ key: 's', title: '通话', items: items.map((i) => ({ ...i, kind: 'yes_no', weight: 50 })) }],
    };
    await insertQaForm(db, {
      formId: 'wx-form',
      versionId: 'wx-form-v1',
      linked: true,
      name: '预警测试表',
      content: JSON.stringify(content),
      passScore: 80,
      at: AT,
    });
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
    await insertQa(db, {
      formId: card.formId,
      versionId: card.versionId,
      agentId,
      evaluatorId: card.evaluatorId,
      day: addDays(monday, 2),
      score,
      items: JSON.stringify(items),
      businessType: '信用卡',
      at: AT,
    });
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
  await insertAgentDay(
    db,
    agentId,
    addDays(monday, 2),
    {
      offered: k.handled,
      handled: k.handled,
      talk_sum: k.talk * k.handled,
      hold_sum: k.hold * k.handled,
      wrap_sum: k.wrap * k.handled,
      fcr_yes: Math.round((k.fcr * k.handled) / 100),
      fcr_known: k.handled,
      csat_sum: Math.round(k.csat * k.handled),
      csat_count: k.handled,
    },
    { businessType: k.businessType ?? '信用卡' },
  );
}
