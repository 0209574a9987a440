import type { Db } from '../../db/connect.js';
import type { InteractionAgentDailyTable } from '../../db/schema-interactions.js';
import { newId } from '../../lib/ids.js';
import { RECORDS_AT, stamps } from './records-training.testkit.js';

// Quality and contact rows for the analytics tests (issue 22): a QA form with its published
// version, QA evaluations and the per-agent daily contact counters.

/** An inbound QA form (named after its id unless named) and its published version 1 (the form points at it when `linked`). */
export async function insertQaForm(
  db: Db,
  f: {
    passScore: number;
    name?: string;
    content?: string;
    formId?: string;
    versionId?: string;
    linked?: boolean;
    at?: string;
  },
): Promise<{ formId: string; versionId: string }> {
  const formId = f.formId ?? newId();
  const versionId = f.versionId ?? newId();
  const at = f.at ?? RECORDS_AT;
  await db
    .insertInto('qa_forms')
    .values({
      id: formId,
      name: f.name ?? `分析表${formId.slice(-8)}`,
      kind: 'inbound',
      description: null,
      archived: 0,
      published_version_id: f.linked ? versionId : null,
      draft_version_id: null,
      created_by: null,
      ...stamps(at),
    })
    .execute();
  await db
    .insertInto('qa_form_versions')
    .values({
      id: versionId,
      form_id: formId,
      number: 1,
      status: 'published',
      content: f.content ?? '{}',
      pass_score: f.passScore,
      published_at: at,
      published_by: null,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { formId, versionId };
}

/** A QA evaluation of the agent on `day` (scored 08:00 UTC); passed at 80 unless `passed` is given. */
export async function insertQa(
  db: Db,
  q: {
    formId: string;
    versionId: string;
    agentId: string;
    evaluatorId: string;
    day: string;
    score: number;
    passed?: number;
    method?: string;
    items?: string;
    businessType?: string | null;
    at?: string;
  },
): Promise<string> {
  const id = newId();
  const at = q.at ?? RECORDS_AT;
  await db
    .insertInto('qa_evaluations')
    .values({
      id,
      form_version_id: q.versionId,
      form_id: q.formId,
      interaction_id: null,
      agent_id: q.agentId,
      evaluator_user_id: q.evaluatorId,
      method: q.method ?? 'recording',
      sample_id: null,
      answers: '{}',
      items: q.items ?? '{}',
      score: q.score,
      final_answers: '{}',
      final_items: q.items ?? '{}',
      final_score: q.score,
      passed: q.passed ?? (q.score >= 80 ? 1 : 0),
      critical_failure: 'none',
      comment: null,
      suggestion_kind: null,
      suggestion_employee_id: null,
      suggestion_note: null,
      agent_status: 'regular',
      business_type: q.businessType ?? null,
      day: q.day,
      scored_at: `${q.day}T08:00:00.000Z`,
      ...stamps(at),
    })
    .execute();
  return id;
}

export type AgentDayCounters = Omit<InteractionAgentDailyTable, 'agent_id' | 'day'>;

const NO_CONTACTS: AgentDayCounters = {
  offered: 0,
  handled: 0,
  talk_sum: 0,
  hold_sum: 0,
  wrap_sum: 0,
  fcr_yes: 0,
  fcr_known: 0,
  csat_sum: 0,
  csat_count: 0,
  sl_within: 0,
  sl_offered: 0,
  csat_satisfied: 0,
};

/** One agent-day of contact counters (those not given are 0); with `businessType`, its by-type row too. */
export async function insertAgentDay(
  db: Db,
  agentId: string,
  day: string,
  counters: Partial<AgentDayCounters>,
  byType?: { businessType: string; channel?: string },
) {
  const row = { ...NO_CONTACTS, ...counters, agent_id: agentId, day };
  await db.insertInto('interaction_agent_daily').values(row).execute();
  if (byType)
    await db
      .insertInto('interaction_daily')
      .values({ ...row, business_type: byType.businessType, channel: byType.channel ?? 'voice' })
      .execute();
}
