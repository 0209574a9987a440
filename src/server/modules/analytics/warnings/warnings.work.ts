import type { WorkItem } from '../../../../common/home.js';
import type { Db } from '../../../db/connect.js';
import type { WorkSource } from '../../../lib/work.js';
import { identities, teamLeads } from '../../people/identity.service.js';
import { personIn } from '../../people/identity.query.js';

// Declining agents on the home page (issue 26): an open warning (flagged, no action yet) waits for
// the lead of the agent's team, as the sweep's notice says; recording an action closes it. A
// warning has no deadline of its own, so it is listed undated.

export const warningLink = (id: string) => `/analytics/warnings?warning=${id}`;

const openWarningsOf = (db: Db, teamId: string, notEmployeeId: string | null) =>
  db
    .selectFrom('analytics_warnings')
    .select(['id', 'employee_id', 'metric'])
    .where('status', '=', 'open')
    .where(personIn('employee_id', { teamIds: [teamId] }))
    .$if(!!notEmployeeId, (q) => q.where('employee_id', '!=', notEmployeeId!))
    .execute();

const warningsToAct: WorkSource = {
  name: 'analytics.warningsToAct',
  kinds: ['analyticsWarning'],
  menus: ['analytics-warnings'],
  appliesTo: (actor) => actor.roles.includes('team_lead') && !!actor.teamId && !!actor.employeeId,
  async items(db, actor) {
    const leads = await teamLeads(db, [actor.teamId!]);
    if (!leads.some((l) => l.employeeId === actor.employeeId)) return [];
    const rows = await openWarningsOf(db, actor.teamId!, actor.employeeId);
    const names = await identities(
      db,
      rows.map((r) => r.employee_id),
    );
    return rows.map((w): WorkItem => ({
      key: `analyticsWarning:${w.id}`,
      kind: 'analyticsWarning',
      menu: 'analytics-warnings',
      due: null,
      provisional: false,
      link: warningLink(w.id),
      params: { name: names.get(w.employee_id)?.name ?? '', metric: w.metric.toUpperCase() },
    }));
  },
};

// What waits in this module for the home page's work list (issue 26; lib/work.ts says how).
export const warningsWork: WorkSource[] = [warningsToAct];
