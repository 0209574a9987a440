import { describe, expect, it } from 'vitest';
import type { EvidenceDescriptor } from '../../../../common/appraisal-cycles';
import { evidenceHref } from './evidence';

// A KPI's evidence link leads to a page that exists, filtered to the person and the period the
// value was computed over: the first of the two clicks from a grade to the record behind it.

const P = '01a2-person';
const period = { from: '2026-11-01', to: '2026-11-30' };
const params = (href: string) => Object.fromEntries(new URL(href, 'http://x').searchParams);
const path = (href: string) => new URL(href, 'http://x').pathname;

describe('evidence links of an appraisal sheet', () => {
  it('opens the agent’s calls of the period for an interaction KPI (fcr, aht, csat)', () => {
    const href = evidenceHref({ kind: 'interactions', personId: P, ...period, count: 643 })!;
    expect(path(href)).toBe(`/interactions/agents/${P}`);
    expect(params(href)).toEqual(period);
  });

  it('opens the one evaluation, or the evaluations of the agent and period', () => {
    expect(evidenceHref({ kind: 'evaluations', personId: P, ...period, ids: ['ev1'] })).toBe(
      '/quality/evaluations/ev1',
    );
    const many = evidenceHref({ kind: 'evaluations', personId: P, ...period, ids: ['ev1', 'ev2'] })!;
    expect(path(many)).toBe('/quality/evaluations');
    expect(params(many)).toEqual({ agentId: P, ...period });
  });

  it('opens the training record for attendance, and the appeal that corrected a value', () => {
    expect(evidenceHref({ kind: 'attendance', personId: P, ...period, count: 3 })).toBe(`/training/records/${P}`);
    expect(evidenceHref({ kind: 'appeal', appealId: 'ap1', byName: 'HR', at: '2026-12-07T01:00:00Z' })).toBe(
      '/appraisal/appeals?appeal=ap1',
    );
  });

  it('opens the team’s records, not the lead’s own, when a team lead’s value is the team’s aggregate', () => {
    const team = { personId: P, teamId: 't1', ...period };
    const calls = evidenceHref({ kind: 'interactions', ...team, count: 900 })!;
    expect(path(calls)).toBe('/interactions/teams/t1');
    expect(params(calls)).toEqual(period);
    expect(evidenceHref({ kind: 'evaluations', ...team, ids: ['ev1'] })).toBe('/quality/evaluations/ev1');
    // the evaluations list has no team filter, and no page lists a team's attendance
    expect(evidenceHref({ kind: 'evaluations', ...team, ids: ['ev1', 'ev2'] })).toBeNull();
    expect(evidenceHref({ kind: 'evaluations', ...team, ids: [] })).toBeNull();
    expect(evidenceHref({ kind: 'attendance', ...team, count: 12 })).toBeNull();
  });

  it('has nothing to open for entered values, manual marks and N/A', () => {
    const none: EvidenceDescriptor[] = [
      { kind: 'none' },
      { kind: 'manual', byName: 'lead', at: '2026-12-07T01:00:00Z', comment: null },
      { kind: 'external', cycleId: 'c', source: 'import', fileName: 'sales.xlsx', byName: 'HR', at: 'x' },
      { kind: 'appeal', appealId: null, byName: 'HR', at: 'x' },
    ];
    for (const e of none) expect(evidenceHref(e)).toBeNull();
  });
});
