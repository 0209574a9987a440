import type { EvidenceDescriptor } from '../../../../common/appraisal-cycles';

/** Where a descriptor of evidence leads: the page that lists the records behind a value, filtered
 *  to the person and the period, or the one record itself. Null when there is nothing to open. */
export function evidenceHref(e: EvidenceDescriptor): string | null {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  switch (e.kind) {
    case 'interactions':
      // The agent's KPI page lists the calls of the range (with their recordings) under the chart.
      return `/interactions/agents/${encodeURIComponent(e.personId)}?${q({ from: e.from, to: e.to })}`;
    case 'evaluations':
      return e.ids.length === 1
        ? `/quality/evaluations/${encodeURIComponent(e.ids[0])}`
        : `/quality/evaluations?${q({ agentId: e.personId, from: e.from, to: e.to })}`;
    case 'attendance':
      return `/training/records/${encodeURIComponent(e.personId)}`;
    case 'appeal':
      return e.appealId ? `/appraisal/appeals?${q({ appeal: e.appealId })}` : null;
    default:
      return null;
  }
}
