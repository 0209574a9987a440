import type { Db } from '../../../db/connect.js';
import { newId } from '../../../lib/ids.js';

// The records of the constructed center of facts.testkit.ts that feed the rollups beyond the
// people themselves: elimination cases, QA evaluations and the agents' KPI days.
const AT = '2025-01-01T00:00:00.000Z';

/** P1's closed case (eliminated, theory_fails; an older retained case does not count); QA and KPI days of P4 and P5. */
export async function addRecords(db: Db, people: Record<string, string>) {
  const opener = (await db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  for (const [criterion, decision, closedAt] of [
    ['daily_below', 'retain', '2025-01-20T00:00:00.000Z'],
    ['theory_fails', 'eliminate', '2025-02-05T00:00:00.000Z'],
  ] as const)
    await db
      .insertInto('elimination_cases')
      .values({
        id: newId(),
        employee_id: people.P1!,
        criterion,
        status: decision === 'retain' ? 'retained' : 'closed',
        summary: 'analytics test',
        evidence: '{}',
        notice_published_on: null,
        notice_ends_on: null,
        notice_ends_at: null,
        notice_provisional_year: null,
        decision,
        closed_at: closedAt,
        opened_by: opener,
        opened_at: AT,
        version: 1,
        updated_at: closedAt,
      })
      .execute();
  const formId = newId();
  const versionId = newId();
  await db
    .insertInto('qa_forms')
    .values({
      id: formId,
      name: `分析表${formId.slice(-8)}`,
      kind: 'inbound',
      description: null,
      archived: 0,
      published_version_id: null,
      draft_version_id: null,
      created_by: null,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await db
    .insertInto('qa_form_versions')
    .values({
      id: versionId,
      form_id: formId,
      number: 1,
      status: 'published',
      content: '{}',
      pass_score: 60,
      published_at: AT,
      published_by: null,
      created_by: null,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  for (const [key, day, score, passed] of [
    ['P4', '2025-03-10', 80, 1],
    ['P4', '2025-03-20', 90, 1],
    ['P5', '2025-03-12', 50, 0],
    ['P4', '2025-04-02', 70, 1],
  ] as const)
    await db
      .insertInto('qa_evaluations')
      .values({
        id: newId(),
        form_version_id: versionId,
        form_id: formId,
        interaction_id: null,
        agent_id: people[key]!,
        evaluator_user_id: opener,
        method: 'recording',
        sample_id: null,
        answers: '{}',
        items: '{}',
        score,
        final_answers: '{}',
        final_items: '{}',
        final_score: score,
        passed,
        critical_failure: 'none',
        comment: null,
        suggestion_kind: null,
        suggestion_employee_id: null,
        suggestion_note: null,
        agent_status: 'regular',
        business_type: null,
        day,
        scored_at: `${day}T08:00:00.000Z`,
        version: 1,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
  const zero = {
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
  };
  for (const [key, day, handled, talk, fcrYes, fcrKnown, csatSum, csatCount] of [
    ['P4', '2025-03-10', 10, 1000, 7, 9, 40, 9],
    ['P4', '2025-03-11', 5, 600, 4, 5, 20, 5],
    ['P5', '2025-03-11', 8, 900, 2, 8, 24, 8],
  ] as const)
    await db
      .insertInto('interaction_agent_daily')
      .values({
        ...zero,
        agent_id: people[key]!,
        day,
        offered: handled,
        handled,
        talk_sum: talk,
        hold_sum: handled * 10,
        wrap_sum: handled * 20,
        fcr_yes: fcrYes,
        fcr_known: fcrKnown,
        csat_sum: csatSum,
        csat_count: csatCount,
      })
      .execute();
}
