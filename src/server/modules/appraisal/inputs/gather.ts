import type { KpiCodeName } from '../../../../common/appraisal-plans.js';
import type { Db } from '../../../db/connect.js';
import { attendanceValues } from './attendance.input.js';
import { externalValues } from './external.repo.js';
import { interactionValues } from './interactions.input.js';
import type { Period, PersonValues } from './inputs.types.js';
import { qualityValues } from './quality.input.js';

// Every data KPI of a set of people over a cycle's period, each source asked once for the whole
// set (only the KPIs some sheet needs). Manual items (lead_assessment) are not data: the sheet
// takes them from the team lead's entries.
export async function gatherValues(
  db: Db,
  cycleId: string,
  personIds: string[],
  period: Period,
  codes: ReadonlySet<KpiCodeName>,
): Promise<Map<string, PersonValues>> {
  const out = new Map<string, PersonValues>(personIds.map((id) => [id, {}]));
  const put = (personId: string, values: PersonValues) => {
    const row = out.get(personId);
    if (row) Object.assign(row, values);
  };
  if (codes.has('fcr') || codes.has('aht') || codes.has('csat')) {
    // One person (a recompute) filters in SQL; a cycle reads the period and keeps its people.
    for (const [id, v] of await interactionValues(db, personIds.length === 1 ? personIds : null, period)) put(id, v);
  }
  if (codes.has('qa') || codes.has('accuracy'))
    for (const [id, v] of await qualityValues(db, personIds, period)) put(id, v);
  if (codes.has('attendance'))
    for (const [id, v] of await attendanceValues(db, personIds, period)) put(id, { attendance: v });
  if (codes.has('sales'))
    for (const r of await externalValues(db, cycleId, 'sales', personIds.length === 1 ? personIds : null))
      put(r.employee_id, {
        sales: {
          value: Number(r.value),
          source: r.source === 'import' ? 'import' : 'manual',
          evidence: {
            kind: 'external',
            cycleId,
            source: r.source === 'import' ? 'import' : 'manual',
            fileName: r.file_name,
            byName: r.entered_by_name,
            at: r.entered_at,
          },
        },
      });
  return out;
}
