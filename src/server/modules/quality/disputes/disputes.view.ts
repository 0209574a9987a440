import type { z } from 'zod';
import type { DisputeListQuery, DisputeShape } from '../../../../common/quality-feedback.js';
import type { ItemKindName, ScorecardContentShape } from '../../../../common/quality.js';
import { itemMax } from '../../../../common/quality-scoring.js';
import type { Db } from '../../../db/connect.js';
import type { QaDisputeTable } from '../../../db/schema-quality-feedback.js';
import type { Actor } from '../../../lib/actor.js';
import { evaluationVisible } from '../feedback/feedback.access.js';
import { personReportsTo } from '../../people/identity.query.js';
import { identities } from '../../people/identity.service.js';
import * as repo from './disputes.repo.js';

// Disputes as the API shows them. Who sees one: whoever sees its evaluation (the agent their
// own, the team lead their team, …) and the agent's direct supervisor, who reviews it. The
// supervisor is employees.supervisor_id, or — for an agent without one — the team lead of the team.

export type ItemIndex = Map<string, { label: string; kind: ItemKindName; max: number; allowNa: boolean }>;

/** The items of a form version's content (JSON) by key: label, kind, top value and whether N/A is allowed. */
export function indexItems(content: string): ItemIndex {
  const out: ItemIndex = new Map();
  for (const s of (JSON.parse(content) as ScorecardContentShape).sections) {
    for (const i of s.items)
      out.set(i.key, { label: i.label, kind: i.kind, max: itemMax(i), allowNa: i.allowNa ?? false });
  }
  return out;
}

function reviewsFor(actor: Actor) {
  const me = actor.employeeId ?? '-';
  return personReportsTo('d.agent_id', me, actor.roles.includes('team_lead') && actor.teamId ? actor.teamId : null);
}

export async function listVisibleDisputes(db: Db, actor: Actor, q: z.output<typeof DisputeListQuery>) {
  const rows = await repo.disputesSeen(db, evaluationVisible(actor), reviewsFor(actor), {
    toReview: q.toReview === 'true',
    status: q.status,
  });
  return disputeDtos(db, actor, rows);
}

export async function disputeDtos(db: Db, actor: Actor, rows: QaDisputeTable[]): Promise<DisputeShape[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [facts, items] = await Promise.all([repo.formVersionsOfDisputes(db, ids), repo.itemsOfDisputes(db, ids)]);
  const who = await identities(
    db,
    rows.flatMap((r) => [r.agent_id, r.reviewer_employee_id]),
  );
  const byId = new Map(facts.map((f) => [f.id, f]));
  const versions = new Map<string, ItemIndex>(); // the items of each form version, read once
  const itemsOf = (f: (typeof facts)[number]) =>
    versions.get(f.form_version_id) ?? versions.set(f.form_version_id, indexItems(f.content)).get(f.form_version_id)!;
  const me = actor.employeeId;
  return rows.map((d) => {
    const f = byId.get(d.id)!;
    const agent = who.get(d.agent_id)!; // employees are never deleted
    const formItems = itemsOf(f); // the version the evaluation was scored on: its items never change
    const reviews =
      !!me &&
      me !== d.agent_id &&
      (agent.supervisorId === me ||
        (!agent.supervisorId && actor.roles.includes('team_lead') && actor.teamId === agent.teamId));
    return {
      id: d.id,
      evaluationId: d.evaluation_id,
      agentId: d.agent_id,
      agentName: agent.name,
      scope: d.scope as 'whole' | 'items',
      reason: d.reason,
      status: d.status as 'open' | 'decided',
      openedAt: d.created_at,
      windowEndsOn: d.window_ends_on,
      reviewerEmployeeId: d.reviewer_employee_id,
      reviewerName: (d.reviewer_employee_id && who.get(d.reviewer_employee_id)?.name) || null,
      mayDecide: d.status === 'open' && reviews,
      scoreBefore: Number(d.score_before),
      finalScore: d.final_score === null ? null : Number(d.final_score),
      decidedAt: d.decided_at,
      decisionNote: d.decision_note,
      items: items
        .filter((i) => i.dispute_id === d.id)
        .map((i) => {
          const item = formItems.get(i.item_key)!; // dispute items are checked against this version when written
          return {
            itemKey: i.item_key,
            itemLabel: i.item_label,
            itemKind: item.kind,
            itemMax: item.max,
            allowNa: item.allowNa,
            originalValue: num(i.original_value),
            proposedValue: num(i.proposed_value),
            agentReason: i.agent_reason,
            outcome: i.outcome as 'kept' | 'changed' | null,
            finalValue: num(i.final_value),
            decisionReason: i.decision_reason,
          };
        }),
    };
  });
}

const num = (v: number | null) => (v === null ? null : Number(v));
