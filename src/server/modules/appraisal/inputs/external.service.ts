import type { z } from 'zod';
import type { ExternalValueInput } from '../../../../common/appraisal-cycles.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { requireOpen } from '../cycles/cycles.steps.js';
import * as cycles from '../cycles/cycles.repo.js';
import { loadPlanVersion } from '../cycles/plan-source.js';
import { recomputeDrafts } from '../sheets/sheets.batch.js';
import * as repo from './external.repo.js';

// Values Seatwise has no source for (sales, SPEC §9 "sales for outbound teams"): HR enters them or
// imports an .xlsx per cycle (employee number, value). All or nothing: every row is checked first
// and one bad row writes none, with each bad row named. The cycle's draft sheets follow at once.

/** The KPIs that are entered rather than measured. */
const EXTERNAL = new Set(['sales']);

type Row = { employeeNo: string; value: unknown; line?: number };
type RowError = {
  row: number;
  field: 'employeeNo' | 'value';
  code: 'MISSING' | 'UNKNOWN_EMPLOYEE' | 'NOT_IN_CYCLE' | 'NOT_A_NUMBER' | 'OUT_OF_RANGE' | 'DUPLICATE';
  value: string | null;
};

export async function listExternal(db: Db, cycleId: string) {
  if (!(await cycles.findCycle(db, cycleId))) throw notFound('Appraisal cycle');
  return (await repo.externalRows(db, cycleId)).map((r) => ({
    employeeId: r.employee_id,
    employeeNo: r.employee_no,
    employeeName: r.name,
    code: r.code as 'sales',
    value: Number(r.value),
    source: r.source as 'manual' | 'import',
    fileName: r.file_name,
    byName: r.entered_by_name,
    at: r.entered_at,
  }));
}

export async function putExternal(
  db: Db,
  actor: Actor,
  cycleId: string,
  input: { code: z.output<typeof ExternalValueInput>['code']; rows: Row[] },
  fileName: string | null = null,
) {
  const cycle = await cycles.findCycle(db, cycleId);
  if (!cycle) throw notFound('Appraisal cycle');
  requireOpen(cycle);
  if (!EXTERNAL.has(input.code))
    throw ruleBroken('NOT_AN_EXTERNAL_KPI', `${input.code} is measured, not entered`, 'code');
  const sheets = await repo.peopleOfCycle(db, cycleId);
  const inCycle = new Map(sheets.map((s) => [s.employee_no, s.id]));
  const nos = [...new Set(input.rows.map((r) => String(r.employeeNo ?? '').trim()).filter(Boolean))];
  const known = await repo.knownEmployeeNos(db, nos);

  const errors: RowError[] = [];
  const seen = new Set<string>();
  const good: { employeeId: string; value: number }[] = [];
  input.rows.forEach((r, i) => {
    const row = r.line ?? i + 1;
    const no = String(r.employeeNo ?? '').trim();
    const raw = r.value;
    if (!no) return errors.push({ row, field: 'employeeNo', code: 'MISSING', value: null });
    if (!known.has(no)) return errors.push({ row, field: 'employeeNo', code: 'UNKNOWN_EMPLOYEE', value: no });
    if (!inCycle.has(no)) return errors.push({ row, field: 'employeeNo', code: 'NOT_IN_CYCLE', value: no });
    if (seen.has(no)) return errors.push({ row, field: 'employeeNo', code: 'DUPLICATE', value: no });
    seen.add(no);
    if (raw === null || raw === undefined || String(raw).trim() === '')
      return errors.push({ row, field: 'value', code: 'MISSING', value: null });
    const value = typeof raw === 'number' ? raw : Number(String(raw).replace(/,/g, '').trim());
    if (!Number.isFinite(value)) return errors.push({ row, field: 'value', code: 'NOT_A_NUMBER', value: String(raw) });
    if (value < 0 || value > 1e12)
      return errors.push({ row, field: 'value', code: 'OUT_OF_RANGE', value: String(raw) });
    good.push({ employeeId: inCycle.get(no)!, value });
  });
  if (errors.length) return { applied: false, rows: input.rows.length, errors };

  const at = nowIso();
  const plan = (await loadPlanVersion(db, cycle.plan_version_id))!;
  await db.transaction().execute(async (trx) => {
    await repo.putExternal(
      trx,
      good.map((g) => ({
        id: newId(),
        cycle_id: cycleId,
        employee_id: g.employeeId,
        code: input.code,
        value: g.value,
        source: fileName ? 'import' : 'manual',
        file_name: fileName,
        entered_by: actor.userId,
        entered_by_name: actor.name,
        entered_at: at,
      })),
    );
    await recordAudit(trx, actor, {
      action: fileName ? 'import' : 'update',
      entity: 'appraisal_cycle',
      entityId: cycleId,
      newValue: { code: input.code, rows: good.length, fileName },
    });
    await recomputeDrafts(
      trx,
      actor,
      { id: cycleId, periodStart: cycle.period_start, periodEnd: cycle.period_end, content: plan.content },
      `${input.code} entered`,
      good.map((g) => g.employeeId),
    );
  });
  return { applied: true, rows: input.rows.length, errors: [] };
}
