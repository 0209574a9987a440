import type { z } from 'zod';
import type { SheetListQuery } from '../../../../common/appraisal-cycles.js';
import type { GradeName, KpiCodeName, PositionTypeName } from '../../../../common/appraisal-plans.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { loadPlanVersion } from '../cycles/plan-source.js';
import { gainToNextGrade } from '../scoring/score.js';
import { isSubject, mayReview, requireVisibleSheet } from './sheets.access.js';
import { recomputeDrafts, storedScore, writeScores } from './sheets.batch.js';
import { kpisFor, rescore, type ItemRow } from './sheets.compute.js';
import * as repo from './sheets.repo.js';

// Appraisal sheets (绩效考核表): reading them in scope, and the two ways a sheet's figures change
// for the other parts of the module — recomputeSheet (a dispute before the freeze, or a rescore)
// and setItemValue (an appraisal appeal's corrected value after it). Both audit old and new values.

const toRow = (s: repo.SheetRecord) => ({
  id: s.id,
  cycleId: s.cycle_id,
  cycleName: s.cycle_name,
  cycleStatus: s.cycle_status as 'open',
  periodStart: s.period_start,
  periodEnd: s.period_end,
  employeeId: s.employee_id,
  employeeNo: s.employee_no,
  employeeName: s.employee_name,
  teamId: s.team_id,
  teamName: s.team_name,
  positionType: s.position_type as PositionTypeName,
  status: s.status as 'draft',
  total: s.total === null ? null : Number(s.total),
  grade: (s.grade as GradeName | null) ?? null,
  confirmedAt: s.confirmed_at,
});

export async function listSheets(db: Db, actor: Actor, q: z.output<typeof SheetListQuery>) {
  const { rows, total } = await repo.listSheets(db, peopleScope(actor), q, q.page, q.pageSize);
  return { data: rows.map(toRow), total };
}

/** A sheet the actor may see (404 otherwise), with what the caller may do. */
export async function visibleSheet(db: Db, actor: Actor, id: string) {
  return requireVisibleSheet(actor, await repo.findSheet(db, id));
}

export async function getSheet(db: Db, actor: Actor, id: string) {
  const s = await visibleSheet(db, actor, id);
  const [plan, items] = await Promise.all([loadPlanVersion(db, s.plan_version_id), repo.itemsOf(db, id)]);
  const content = plan!.content;
  const score = storedScore(s, items);
  const rules = new Map(kpisFor(content, s.position_type).map((k) => [k.code, k.rule]));
  const hint = gainToNextGrade(score, content.grades);
  return {
    ...toRow(s),
    items: score.items.map((i) => ({ ...i, rule: rules.get(i.code)!, source: i.source as 'data' })),
    gainToNextGrade: hint,
    grades: [...content.grades].sort((a, b) => b.min - a.min),
    leadComment: s.lead_comment,
    leadCommentByName: s.lead_comment_by,
    confirmedByName: s.confirmed_by,
    frozenAt: s.frozen_at,
    computedAt: s.computed_at,
    version: Number(s.version),
    allowed: {
      review: s.cycle_status === 'review' && mayReview(actor, s),
      confirm: s.cycle_status === 'confirmation' && isSubject(actor, s) && !s.confirmed_at,
    },
  };
}

async function sheetForWrite(trx: Db, sheetId: string) {
  const s = await repo.findSheet(trx, sheetId);
  if (!s) throw notFound('Appraisal sheet');
  const plan = (await loadPlanVersion(trx, s.plan_version_id))!;
  return { s, content: plan.content, kpis: kpisFor(plan.content, s.position_type) };
}

/**
 * Recomputes one sheet. A draft (cycle open) follows the data, so it is computed again from it;
 * a frozen sheet keeps its values and is scored again on them (after a plan-independent fix).
 * Audited with the old and new values when anything changed. Call inside a transaction.
 */
export async function recomputeSheet(
  trx: Db,
  actor: Pick<Actor, 'userId' | 'name'> | null,
  sheetId: string,
  reason: string,
) {
  const { s, content, kpis } = await sheetForWrite(trx, sheetId);
  if (s.status === 'draft' && s.cycle_status === 'open')
    return recomputeDrafts(
      trx,
      actor,
      { id: s.cycle_id, periodStart: s.period_start, periodEnd: s.period_end, content },
      reason,
      [s.employee_id],
    );
  const before = storedScore(s, await repo.itemsOf(trx, sheetId));
  const after = rescore(content, kpis, before.items);
  await writeScores(trx, actor, [{ sheet: s, before, after }], reason, true);
  return { sheets: 1, changed: 1 };
}

/**
 * Sets one item's value after the freeze (an upheld appraisal appeal), scores the sheet again and
 * audits the old and new values. 409 CYCLE_NOT_FROZEN while the cycle is open (the data decides
 * then); 422 ITEM_NOT_ON_SHEET for a KPI the sheet does not have. Call inside a transaction.
 */
export async function setItemValue(
  trx: Db,
  actor: Pick<Actor, 'userId' | 'name'>,
  sheetId: string,
  code: KpiCodeName,
  value: number | null,
  reason: string,
  evidence?: ItemRow['evidence'],
) {
  const { s, content, kpis } = await sheetForWrite(trx, sheetId);
  if (s.cycle_status === 'open')
    throw conflict('CYCLE_NOT_FROZEN', 'While the cycle is open the sheet follows the data');
  if (!kpis.some((k) => k.code === code))
    throw ruleBroken('ITEM_NOT_ON_SHEET', `The sheet has no ${code} item`, 'code');
  const before = storedScore(s, await repo.itemsOf(trx, sheetId));
  const items = before.items.map((i) =>
    i.code === code
      ? {
          ...i,
          value,
          source: 'appeal',
          evidence: evidence ?? { kind: 'appeal' as const, appealId: null, byName: actor.name, at: nowIso() },
          comment: reason,
        }
      : i,
  );
  const after = rescore(content, kpis, items);
  await writeScores(trx, actor, [{ sheet: s, before, after }], reason, true);
  return { before: { total: before.total, grade: before.grade }, after: { total: after.total, grade: after.grade } };
}
