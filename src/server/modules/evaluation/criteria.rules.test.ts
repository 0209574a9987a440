import { describe, expect, it } from 'vitest';
import { attendanceBreaches, dailyBelow, failsInRow, type CriteriaSettings } from './criteria.rules.js';

// The edges of the criteria that the HTTP tests do not reach cheaply: settings at their limits
// and a reminder given after an ad-hoc evaluation (no regular period to anchor it).

const S: CriteriaSettings = { failBelow: 60, theoryInRow: 2, practicalInRow: 2, dailyBelow: 60, reminders: 2, improvementPoints: 5, breaches: 3 };
const result = (id: string, score: number) => ({ id, examId: `x-${id}`, title: id, score, passMark: 60, date: '2026-11-20' });
const daily = (periodStart: string, total: number) => ({ id: periodStart, periodStart, total, passMark: 60 });

describe('criteria rules', () => {
  it('with one fail enough, a single fail meets the criterion and nothing is "at risk"', () => {
    expect(failsInRow('theory_fails', [result('a', 59.99)], 1, 60)).toMatchObject({ met: true, atRisk: false });
    expect(failsInRow('theory_fails', [result('a', 60)], 1, 60)).toMatchObject({ met: false, atRisk: false });
    expect(attendanceBreaches([], 1)).toMatchObject({ met: false, atRisk: false });
  });

  it('keeps the latest run as evidence when there were two runs', () => {
    const c = failsInRow('practical_fails', [result('a', 10), result('b', 20), result('c', 90), result('d', 30), result('e', 40), result('f', 50)], 2, 60);
    expect(c.evidence.map((e) => e.id)).toEqual(['d', 'e', 'f']);
  });

  it('anchors a reminder given after an ad-hoc evaluation on the day of the talk', () => {
    const scores = [daily('2026-10-05', 50), daily('2026-10-12', 50), daily('2026-10-19', 52)];
    const reminders = [
      { id: 'r1', sourceId: 's1', title: 'adhoc', score: 50, talkDate: '2026-10-06', periodStart: null },
      { id: 'r2', sourceId: 's2', title: 'adhoc', score: 50, talkDate: '2026-10-13', periodStart: null },
    ];
    // After 10-13: only the 10-19 period (52), +2 over the 50 before: no clear improvement.
    expect(dailyBelow(scores, reminders, S)).toMatchObject({ met: true, facts: { averageBefore: 50, averageAfter: 52 } });
    expect(dailyBelow(scores, reminders.slice(0, 1), S)).toMatchObject({ met: false, atRisk: true });
    expect(dailyBelow(scores, [], S)).toMatchObject({ met: false, atRisk: false });
  });
});
