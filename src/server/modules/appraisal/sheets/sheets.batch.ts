import type { KpiCodeName, PlanContentShape } from '../../../../common/appraisal-plans.js';
import type { EvidenceDescriptor } from '../../../../common/appraisal-cycles.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { gatherValues } from '../inputs/gather.js';
import * as repo from './sheets.repo.js';
import { computeSheet, kpisFor, sameScore, type ManualEntry, type ScoredSheet } from './sheets.compute.js';

// Recomputing draft sheets from the data: the whole cycle in a handful of set-based queries
// (gatherValues), or one person's sheet (a dispute decided before the freeze). Only sheets whose
// figures changed are written, each with an audit row of the old and new values.

export interface CycleForCompute {
  id: string;
  periodStart: string;
  periodEnd: string;
  content: PlanContentShape;
}

type SheetHead = { id: string; employee_id: string; position_type: string; total: number | null; grade: string | null };

function storedScore(sheet: SheetHead, items: Awaited<ReturnType<typeof repo.itemsOfSheets>>): ScoredSheet {
  return {
    total: sheet.total === null ? null : Number(sheet.total),
    grade: sheet.grade,
    items: items.map((i) => ({
      code: i.code as KpiCodeName,
      value: i.value === null ? null : Number(i.value),
      points: i.points === null ? null : Number(i.points),
      weight: Number(i.weight),
      effectiveWeight: Number(i.effective_weight),
      contribution: Number(i.contribution ?? 0),
      source: i.source,
      evidence: JSON.parse(i.evidence) as EvidenceDescriptor,
      comment: i.comment,
    })),
  };
}

export const summaryOf = (s: ScoredSheet) => ({
  total: s.total,
  grade: s.grade,
  values: Object.fromEntries(s.items.map((i) => [i.code, i.value])),
});

export function itemRows(sheetId: string, s: ScoredSheet) {
  return s.items.map((i, position) => ({
    id: newId(),
    sheet_id: sheetId,
    code: i.code,
    value: i.value,
    points: i.points,
    weight: i.weight,
    effective_weight: i.effectiveWeight,
    contribution: i.contribution,
    source: i.source,
    evidence: JSON.stringify(i.evidence),
    comment: i.comment,
    position,
  }));
}

/** Writes new scores for sheets (items replaced, totals set); audits each when asked. */
export async function writeScores(
  trx: Db,
  actor: Pick<Actor, 'userId' | 'name'> | null,
  changes: { sheet: SheetHead; before: ScoredSheet | null; after: ScoredSheet }[],
  reason: string,
  audit: boolean,
) {
  const at = nowIso();
  await repo.replaceItems(
    trx,
    changes.map((c) => c.sheet.id),
    changes.flatMap((c) => itemRows(c.sheet.id, c.after)),
  );
  for (const c of changes) {
    await repo.setScore(trx, c.sheet.id, c.after.total, c.after.grade, at);
    if (audit)
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'appraisal_sheet',
        entityId: c.sheet.id,
        oldValue: c.before ? summaryOf(c.before) : null,
        newValue: summaryOf(c.after),
        reason,
      });
  }
}

/**
 * Recomputes the draft sheets of a cycle (all, or those of `employeeIds`) from the data. The
 * first computation of fresh sheets is not audited (there is no old value); later ones are.
 */
export async function recomputeDrafts(
  trx: Db,
  actor: Pick<Actor, 'userId' | 'name'> | null,
  cycle: CycleForCompute,
  reason: string,
  employeeIds?: string[],
) {
  const sheets = await repo.draftSheets(trx, cycle.id, employeeIds);
  if (!sheets.length) return { sheets: 0, changed: 0 };
  const codes = new Set<KpiCodeName>();
  for (const s of sheets) for (const k of kpisFor(cycle.content, s.position_type)) codes.add(k.code);
  const values = await gatherValues(
    trx,
    cycle.id,
    sheets.map((s) => s.employee_id),
    { from: cycle.periodStart, to: cycle.periodEnd },
    codes,
  );
  const ids = sheets.map((s) => s.id);
  const manual = new Map<string, Map<string, ManualEntry>>();
  for (const m of await repo.manualEntriesOf(trx, ids)) {
    if (!manual.has(m.sheet_id)) manual.set(m.sheet_id, new Map());
    manual.get(m.sheet_id)!.set(m.code, {
      value: Number(m.value),
      comment: m.comment,
      byName: m.entered_by_name,
      at: m.entered_at,
    });
  }
  const stored = new Map<string, Awaited<ReturnType<typeof repo.itemsOfSheets>>>();
  for (const it of await repo.itemsOfSheets(trx, ids)) {
    if (!stored.has(it.sheet_id)) stored.set(it.sheet_id, []);
    stored.get(it.sheet_id)!.push(it);
  }
  const changes = [];
  for (const s of sheets) {
    const after = computeSheet(
      cycle.content,
      kpisFor(cycle.content, s.position_type),
      values.get(s.employee_id) ?? {},
      manual.get(s.id) ?? new Map(),
    );
    const items = stored.get(s.id);
    const before = items ? storedScore(s, items) : null;
    if (before && sameScore(before, after)) continue;
    changes.push({ sheet: s, before, after });
  }
  const audited = changes.filter((c) => c.before);
  await writeScores(trx, actor, audited, reason, true);
  await writeScores(
    trx,
    actor,
    changes.filter((c) => !c.before),
    reason,
    false,
  );
  return { sheets: sheets.length, changed: changes.length };
}

export { storedScore };
