import type { KpiCodeName } from '../../../../common/appraisal-plans.js';
import type { Db } from '../../../db/connect.js';
import { addAttendanceSums, attendanceKpi, attendanceSums } from './attendance.input.js';
import { externalValues } from './external.repo.js';
import { addInteractionSums, interactionKpis, interactionSums } from './interactions.input.js';
import type { Period, PersonValues, Subject } from './inputs.types.js';
import { addQualitySums, qualityKpis, qualitySums } from './quality.input.js';
import { leadTeams } from './teams.input.js';

// Every data KPI of a set of people over a cycle's period, each source asked once for the whole
// set (only the KPIs some sheet needs). Manual items (lead_assessment) are not data: the sheet
// takes them from the team lead's entries. A team lead's sheet takes the team's figures
// (teams.input.ts): the members' sums are read with everyone else's and added per team, so a
// whole cycle costs no query more; sales stay the lead's own.
export async function gatherValues(
  db: Db,
  cycleId: string,
  personIds: string[],
  period: Period,
  codes: ReadonlySet<KpiCodeName>,
): Promise<Map<string, PersonValues>> {
  const out = new Map<string, PersonValues>(personIds.map((id) => [id, {}]));
  const teams = await leadTeams(db, cycleId, personIds);
  // Whose records are read: the people asked (leads' own records are not used) and the members
  // of the leads' teams, who may not be among them (one lead's recompute).
  const readIds = [
    ...new Set([...personIds.filter((id) => !teams.has(id)), ...[...teams.values()].flatMap((t) => t.memberIds)]),
  ];
  const subjects = () =>
    personIds.map((id) => {
      const team = teams.get(id);
      const who: Subject = team ? { personId: id, teamId: team.teamId } : { personId: id };
      return { id, who, of: team ? team.memberIds : [id] };
    });
  const put = (personId: string, values: PersonValues) => Object.assign(out.get(personId)!, values);

  if (codes.has('fcr') || codes.has('aht') || codes.has('csat')) {
    // agentKpiFacts filters a few people in SQL and a cycle in memory.
    const sums = await interactionSums(db, readIds, period);
    for (const s of subjects()) {
      const f = addInteractionSums(s.of.map((id) => sums.get(id)));
      if (f) put(s.id, interactionKpis(f, s.who, period));
    }
  }
  if (codes.has('qa') || codes.has('accuracy')) {
    const sums = await qualitySums(db, readIds, period);
    for (const s of subjects()) {
      const q = addQualitySums(s.of.map((id) => sums.get(id)));
      if (q) put(s.id, qualityKpis(q, s.who, period));
    }
  }
  if (codes.has('attendance')) {
    const sums = await attendanceSums(db, readIds, period);
    for (const s of subjects()) {
      const a = addAttendanceSums(s.of.map((id) => sums.get(id)));
      if (a) put(s.id, { attendance: attendanceKpi(a, s.who, period) });
    }
  }
  if (codes.has('sales'))
    for (const r of await externalValues(db, cycleId, 'sales', personIds.length === 1 ? personIds : null)) {
      if (!out.has(r.employee_id)) continue;
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
    }
  return out;
}
