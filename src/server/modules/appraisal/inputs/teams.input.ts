import type { Db } from '../../../db/connect.js';
import { sheetPlaces } from './teams.repo.js';

// A team lead is appraised on the team's results (SPEC §9): the lead's sheet (position type
// team_lead) takes fcr, aht, csat, qa, accuracy and attendance over the members of the lead's team —
// the other people with a sheet of the same cycle on that team, not on the team_lead set. The
// cycle's sheets are the team as it was appraised (made at the cycle's start, like the sheet's
// scope), so the lead answers for the people whose sheets they review.

export interface LeadTeam {
  teamId: string;
  memberIds: string[];
}

/** The team of each team lead among `personIds` (leads absent from the cycle are left out). */
export async function leadTeams(db: Db, cycleId: string, personIds: string[]): Promise<Map<string, LeadTeam>> {
  const wanted = new Set(personIds);
  const rows = await sheetPlaces(db, cycleId);
  const leads = rows.filter((r) => r.position_type === 'team_lead' && wanted.has(r.employee_id));
  const out = new Map<string, LeadTeam>();
  if (!leads.length) return out;
  const members = new Map<string, string[]>();
  for (const r of rows) {
    if (r.position_type === 'team_lead') continue;
    const list = members.get(r.team_id) ?? members.set(r.team_id, []).get(r.team_id)!;
    list.push(r.employee_id);
  }
  for (const l of leads) out.set(l.employee_id, { teamId: l.team_id, memberIds: members.get(l.team_id) ?? [] });
  return out;
}
