import { describe, expect, it } from 'vitest';
import { attendanceBreaches, dailyBelow, failsInRow, type CriteriaSettings } from './criteria.rules.js';

// The edges of the criteria that the HTTP tests do not reach cheaply: settings at their limits
// and a reminder given after an ad-hoc evaluation (no regular period to anchor it).

const S: CriteriaSettings = {
  failBelow: 60,
  theoryInRow: 2,
  practicalInRow: 2,
  dailyBelow: 60,
  reminders: 2,
  improvementPoints: 5,
  breaches: 3,
  misconduct: 1,
};
const result = (id: string, score: number) => ({
  id,
  examId: `x-${id}`,
  title: id,
  score,
  passMark: 60,
  date: '2026-11-20',
});
const daily = (periodStart: string, total: number) => ({ id: periodStart, periodStart, total, passMark: 60 });

describe('criteria rules', () => {
  it('with one fail enough, a single fail meets the criterion and nothing is "at risk"', () => {
    expect(failsInRow('theory_fails', [result('a', 59.99)], 1, 60)).toMatchObject({ met: true, atRisk: false });
    expect(failsInRow('theory_fails', [result('a', 60)], 1, 60)).toMatchObject({ met: false, atRisk: false });
    expect(attendanceBreaches([], [], { breaches: 1, misconduct: 1 })).toMatchObject({ met: false, atRisk: false });
  });

  it('keeps the latest run as evidence when there were two runs', () => {
    const c = failsInRow(
      'practical_fails',
      [result('a', 10), result('b', 20), result('c', 90), result('d', 30), result('e', 40), result('f', 50)],
      2,
      60,
    );
    expect(c.evidence.map((e) => e.id)).toEqual(['d', 'e', 'f']);
  });

  it('anchors a reminder given after an ad-hoc evaluation on the day of the talk', () => {
    const scores = [daily('2026-10-05', 50), daily('2026-10-12', 50), daily('2026-10-19', 52)];
    const reminders = [
      { id: 'r1', sourceId: 's1', title: 'adhoc', score: 50, talkDate: '2026-10-06', periodStart: null },
      { id: 'r2', sourceId: 's2', title: 'adhoc', score: 50, talkDate: '2026-10-13', periodStart: null },
    ];
    // After 10-13: only the 10-19 period (52), +2 over the 50 before: no clear improvement.
    expect(dailyBelow(scores, reminders, S)).toMatchObject({
      met: true,
      facts: { averageBefore: 50, averageAfter: 52 },
    });
    expect(dailyBelow(scores, reminders.slice(0, 1), S)).toMatchObject({ met: false, atRisk: true });
    expect(dailyBelow(scores, [], S)).toMatchObject({ met: false, atRisk: false });
  });

  it('counts discipline records: attendance kinds with the breaches (a linked session once), other kinds as misconduct', () => {
    const breach = (sessionId: string, date: string) => ({
      sessionId,
      title: sessionId,
      status: 'late',
      minutes: 12,
      date,
    });
    const record = (id: string, kind: string, date: string, sessionId: string | null = null) => ({
      id,
      kind,
      date,
      description: `记录 ${id}`,
      sessionId,
    });
    const two = [breach('s1', '2026-10-05'), breach('s2', '2026-10-06')];
    // The lateness record of session s2 is the same breach: still 2 of 3, at risk; no misconduct.
    expect(attendanceBreaches(two, [record('d1', 'lateness', '2026-10-06', 's2')], S)).toMatchObject({
      met: false,
      atRisk: true,
      facts: { count: 2, misconduct: 0 },
    });
    // A lateness at work (no session) is a third breach.
    const third = attendanceBreaches(two, [record('d2', 'absence', '2026-10-09')], S);
    expect(third).toMatchObject({ met: true, facts: { count: 3, threshold: 3, misconduct: 0 } });
    expect(third.evidence.map((e) => `${e.kind}:${e.id}`)).toEqual(['attendance:s1', 'attendance:s2', 'discipline:d2']);
    // One confirmed record of other misconduct meets the criterion alone (evaluation.misconductRecords 1).
    const rude = attendanceBreaches([], [record('d3', 'rudeness', '2026-10-10')], S);
    expect(rude).toMatchObject({
      met: true,
      facts: { count: 0, misconduct: 1, misconductThreshold: 1 },
      evidence: [{ kind: 'discipline', id: 'd3', detail: 'rudeness' }],
    });
    expect(rude.trigger).toContain('1 confirmed misconduct record');
    // With a threshold of 2, one is "at risk".
    expect(
      attendanceBreaches([], [record('d3', 'data_security', '2026-10-10')], { breaches: 3, misconduct: 2 }),
    ).toMatchObject({ met: false, atRisk: true });
    expect(attendanceBreaches([], [], S)).toMatchObject({ met: false, atRisk: false, evidence: [] });
  });
});
