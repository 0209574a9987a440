import type { z } from 'zod';
import type { RedLineInput, RedLineUpdate, RulingInput } from '../../../../common/quality-feedback.js';
import type { Db } from '../../../db/connect.js';
import type { QaRedLineTable } from '../../../db/schema-quality-feedback.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { requireEvaluation } from '../feedback/feedback.access.js';
import * as repo from './summary.red-lines.repo.js';

// The red-line list (SPEC §7): after regular status, basic, common or previously announced
// errors may not be made. A QA lead keeps the list; each red line covers form item keys, and an
// evaluation of a regular agent failing one is flagged with a breach when it is saved
// (summary.followups.ts). A review board (QA leads) rules on an evaluation's unusual error:
// a confirmed breach, an unusual error, or no breach at all — recorded and audited.

const toDto = (r: QaRedLineTable, breaches: number) => ({
  id: r.id,
  title: r.title,
  description: r.description,
  category: r.category as never,
  itemKeys: JSON.parse(r.item_keys) as string[],
  announcedOn: r.announced_on,
  active: r.active === 1,
  version: r.version,
  breaches,
});

export async function listRedLines(db: Db) {
  const [rows, counts] = await Promise.all([repo.redLines(db), repo.breachCounts(db)]);
  const n = new Map(counts.map((c) => [c.red_line_id, Number(c.n)]));
  return rows.map((r) => toDto(r, n.get(r.id) ?? 0));
}

const columns = (input: z.output<typeof RedLineInput>) => ({
  title: input.title,
  description: input.description,
  category: input.category,
  item_keys: JSON.stringify([...new Set(input.itemKeys)]),
  announced_on: input.announcedOn,
  active: input.active ? 1 : 0,
});

/** A red line names items of the scorecards: a key no form version has would never match, so it is refused. */
async function assertKnownKeys(db: Db, keys: string[]) {
  const known = new Set<string>();
  for (const v of await repo.formContents(db)) {
    for (const s of (JSON.parse(v.content) as { sections: { items: { key: string }[] }[] }).sections)
      for (const i of s.items) known.add(i.key);
  }
  const n = keys.findIndex((k) => !known.has(k));
  if (n >= 0) throw ruleBroken('UNKNOWN_ITEM', `No scorecard has an item ${keys[n]}`, `itemKeys.${n}`);
}

export async function createRedLine(db: Db, actor: Actor, input: z.output<typeof RedLineInput>) {
  await assertKnownKeys(db, input.itemKeys);
  const at = nowIso();
  const row = { id: newId(), ...columns(input), created_by: actor.userId, version: 1, created_at: at, updated_at: at };
  await db.transaction().execute(async (trx) => {
    await repo.insertRedLine(trx, row);
    await recordAudit(trx, actor, { action: 'create', entity: 'qa_red_line', entityId: row.id, newValue: row });
  });
  return row.id;
}

export async function updateRedLine(db: Db, actor: Actor, id: string, input: z.output<typeof RedLineUpdate>) {
  const old = await repo.findRedLine(db, id);
  if (!old) throw notFound('Red line');
  await assertKnownKeys(db, input.itemKeys);
  const next = columns(input);
  const { oldValue, newValue } = diff(old as unknown as Record<string, unknown>, next);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.updateRedLineAt(trx, id, input.version, { ...next, updated_at: nowIso() })))
      throw conflict(
        'VERSION_CONFLICT',
        'Someone else changed this red line meanwhile; reload and try again',
        'version',
      );
    await recordAudit(trx, actor, { action: 'update', entity: 'qa_red_line', entityId: id, oldValue, newValue });
  });
}

/** A red line nobody has breached may be deleted; one with breaches is kept as history (deactivate it instead). */
export async function deleteRedLine(db: Db, actor: Actor, id: string) {
  const old = await repo.findRedLine(db, id);
  if (!old) throw notFound('Red line');
  if (await repo.hasBreaches(db, id)) {
    throw conflict('RED_LINE_IN_USE', 'Evaluations have breached this red line; deactivate it instead of deleting it');
  }
  await db.transaction().execute(async (trx) => {
    await repo.deleteRedLine(trx, id);
    await recordAudit(trx, actor, { action: 'delete', entity: 'qa_red_line', entityId: id, oldValue: old });
  });
}

export async function ruleOnEvaluation(
  db: Db,
  actor: Actor,
  evaluationId: string,
  input: z.output<typeof RulingInput>,
) {
  const ev = await requireEvaluation(db, actor, evaluationId);
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const old = await repo.rulingOf(trx, ev.id);
    const values = { ruling: input.ruling, reason: input.reason, ruled_by: actor.userId, ruled_at: at };
    if (old) await repo.updateRuling(trx, ev.id, { ...values, version: old.version + 1 });
    else await repo.insertRuling(trx, { evaluation_id: ev.id, ...values, version: 1 });
    await recordAudit(trx, actor, {
      action: old ? 'update' : 'create',
      entity: 'qa_red_line_ruling',
      entityId: ev.id,
      oldValue: old ? { ruling: old.ruling, reason: old.reason } : undefined,
      newValue: values,
      reason: input.reason,
    });
  });
}

/** The breaches and the ruling of one evaluation, for its page. */
export async function redLineFactsOf(db: Db, evaluationId: string) {
  const [breaches, ruling] = await Promise.all([
    repo.breachesOfEvaluation(db, evaluationId),
    repo.rulingOf(db, evaluationId),
  ]);
  return {
    redLineBreaches: breaches.map((b) => ({ redLineId: b.red_line_id, title: b.title, itemKey: b.item_key })),
    ruling: ruling ? { ruling: ruling.ruling as never, reason: ruling.reason, ruledAt: ruling.ruled_at } : null,
  };
}
