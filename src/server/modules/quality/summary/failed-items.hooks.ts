import type { ScorecardContentShape } from '../../../../common/quality.js';
import type { Db } from '../../../db/connect.js';
import { findVersion } from '../forms/forms.repo.js';

// Modules that act on the items an agent failed (drills sends the cards linked to an item to the
// agent's practice, issue 20) register here instead of quality importing them: they read quality's
// forms, so an import back would be a module cycle. trackProblems announces every time an
// evaluation's final item results are set — when it is saved and when a dispute changes them — so
// a listener sees the same "failed" as follow-ups (failedItem: not N/A, earned below possible).
// Listeners run inside the caller's transaction: what they write stands or falls with the
// evaluation, and an error of theirs is a database error the save would meet anyway.

export interface FailedItems {
  evaluationId: string;
  agentId: string;
  formId: string;
  formVersionId: string;
  /** The failed items with their labels on the version scored. */
  items: { key: string; label: string }[];
}
export type FailedItemsListener = (trx: Db, failed: FailedItems) => Promise<void>;

const listeners = new Set<FailedItemsListener>();

/** Register a listener (a Set: registering the same function twice is harmless). */
export function onFailedItems(fn: FailedItemsListener) {
  listeners.add(fn);
}

export async function announceFailedItems(
  trx: Db,
  ev: { id: string; agent_id: string; form_version_id: string },
  failedKeys: string[],
) {
  if (!listeners.size || !failedKeys.length) return;
  const version = await findVersion(trx, ev.form_version_id);
  if (!version) return;
  const labels = new Map<string, string>();
  for (const s of (JSON.parse(version.content) as ScorecardContentShape).sections)
    for (const i of s.items) labels.set(i.key, i.label);
  const failed: FailedItems = {
    evaluationId: ev.id,
    agentId: ev.agent_id,
    formId: version.form_id,
    formVersionId: version.id,
    items: failedKeys.map((key) => ({ key, label: labels.get(key) ?? key })),
  };
  for (const fn of listeners) await fn(trx, failed);
}
