import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../lib/actor.js';
import { judgeDecline, minCountedWeeks, spanWeeks } from './decline.js';
import { warningScope } from './warnings.service.js';

// The decline rule by hand (decline.ts), and whose warnings a lead sees.
const qa = { method: 1, higherIsBetter: true, judgedOn: 'points' as const, threshold: 5 };
const aht = { method: 1, higherIsBetter: false, judgedOn: 'percent' as const, threshold: 10 };

describe('the weeks of a sweep', () => {
  it('are the last full Monday–Sunday weeks before today’s week', () => {
    expect(spanWeeks('2031-03-12', 4)).toEqual(['2031-02-10', '2031-02-17', '2031-02-24', '2031-03-03']);
    expect(spanWeeks('2031-03-16', 2)).toEqual(['2031-02-24', '2031-03-03']); // a Sunday is still this week
    expect(spanWeeks('2031-03-17', 1)).toEqual(['2031-03-10']);
  });
});

describe('method 1: the least-squares slope over the span', () => {
  it('measures the fall of a straight line as slope × (weeks − 1)', () => {
    expect(judgeDecline([90, 86, 82, 78], qa)).toMatchObject({ fall: 12, first: 0, last: 3 });
  });
  it('fits through a bump: 90, 84, 86, 80 falls 8.4 (slope −2.8 × 3)', () => {
    expect(judgeDecline([90, 84, 86, 80], qa)?.fall).toBe(8.4);
  });
  it('flags nothing under the threshold, rising, or with too few counted weeks', () => {
    expect(judgeDecline([90, 89, 88, 87], qa)).toBeNull();
    expect(judgeDecline([78, 82, 86, 90], qa)).toBeNull();
    expect(minCountedWeeks(4)).toBe(3);
    expect(judgeDecline([95, null, null, 60], qa)).toBeNull();
    expect(judgeDecline([95, null, 70, 60], qa)).toMatchObject({ first: 0, last: 3 });
  });
  it('judges a KPI on its fall as a percent of the fitted start; AHT worsens upward', () => {
    const d = judgeDecline([300, 330, 360, 390], aht);
    expect(d).toMatchObject({ fall: 90, fallPercent: 30 });
    expect(judgeDecline([300, 305, 310, 315], aht)).toBeNull(); // 5 %
  });
});

describe('method 2: every week worse than the one before', () => {
  const m2 = { ...qa, method: 2 };
  it('takes first − last when every counted week is lower', () => {
    expect(judgeDecline([90, 86, 82, 78], m2)?.fall).toBe(12);
    expect(judgeDecline([90, null, 82, 78], m2)?.fall).toBe(12);
  });
  it('flags nothing when one week is not worse', () => {
    expect(judgeDecline([90, 84, 86, 80], m2)).toBeNull();
    expect(judgeDecline([90, 90, 82, 78], m2)).toBeNull();
  });
});

describe('whose warnings a lead sees', () => {
  const actor = (roles: string[]) =>
    ({
      roles,
      teamId: 't1',
      departmentId: 'd1',
      employeeId: 'me',
      extraVisibleEmployeeIds: ['mentee'],
    }) as unknown as Actor;
  it('a team lead their team only, not the people a relation adds to their sight', () => {
    expect(warningScope(actor(['team_lead']))).toEqual({
      kind: 'limited',
      departmentIds: [],
      teamIds: ['t1'],
      employeeIds: [],
    });
  });
  it('a center manager their department; a training manager everyone', () => {
    expect(warningScope(actor(['center_manager']))).toMatchObject({ departmentIds: ['d1'], employeeIds: [] });
    expect(warningScope(actor(['training_manager']))).toEqual({ kind: 'all' });
  });
});
