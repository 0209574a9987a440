import type { EvidenceDescriptor } from '../../../../common/appraisal-cycles';

/** Where a descriptor of evidence leads: the page that lists the records behind a value, filtered
 *  to the person and the period, or the one record itself. Null when there is nothing to open. */
export function evidenceHref(e: EvidenceDescriptor): string | null {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  switch (e.kind) {
    case 'interactions':
      // A team lead's value is the team's aggregate: the team KPI page reads the range from the URL.
      if (e.teamId) return `/interactions/teams/${encodeURIComponent(e.teamId)}?${q({ from: e.from, to: e.to })}`;
      // The agent's KPI page lists the calls of the range (with their recordings) under the chart.
      return `/interactions/agents/${encodeURIComponent(e.personId)}?${q({ from: e.from, to: e.to })}`;
    case 'evaluations':
      if (e.ids.length === 1) return `/quality/evaluations/${encodeURIComponent(e.ids[0])}`;
      // The evaluations list filters by agent, not by team: a list of the lead's own would be empty.
      if (e.teamId) return null;
      return `/quality/evaluations?${q({ agentId: e.personId, from: e.from, to: e.to })}`;
    case 'attendance':
      // No page lists a team's training attendance; the lead's own record is not the value's source.
      if (e.teamId) return null;
      return `/training/records/${encodeURIComponent(e.personId)}`;
    case 'appeal':
      return e.appealId ? `/appraisal/appeals?${q({ appeal: e.appealId })}` : null;
    default:
      return null;
  }
}
