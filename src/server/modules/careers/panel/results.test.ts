import { describe, expect, it } from 'vitest';
import { DEFAULT_SHEET } from '../../../../common/careers-panel.js';
import { computeResults, type Candidate, type ScoreRow, type Scorer } from './results.js';

// The talk day's arithmetic on its own: a missing panel sheet is left out of the mean (not a
// zero), a half-filled sheet counts as missing, peers weigh peerWeightPercent, too few panel
// sheets give no result, ties share a rank, and the top `seats` are suggested.

const scorers: Scorer[] = [
  { employeeId: 'p1', name: '评委一', kind: 'panel' },
  { employeeId: 'p2', name: '评委二', kind: 'panel' },
  { employeeId: 'p3', name: '评委三', kind: 'panel' },
  { employeeId: 'q1', name: '同事一', kind: 'peer' },
];
const cand = (id: string): Candidate => ({
  nominationId: id,
  employeeId: `e-${id}`,
  name: id,
  teamName: null,
  departmentName: null,
  outcome: null,
});
/** A full sheet whose items add up to `total` (30/30/20/20 split evenly enough). */
const sheet = (nom: string, scorer: string, [a, b, c, d]: number[]): ScoreRow[] =>
  DEFAULT_SHEET.map((i, n) => ({
    nomination_id: nom,
    scorer_id: scorer,
    item_key: i.key,
    score: [a, b, c, d][n],
    comment: null,
    updated_at: '2026-11-20T02:00:00.000Z',
  }));
const w = { peerWeightPercent: 30, minPanelScores: 2, seats: 1 };

describe('panel results', () => {
  it('leaves a missing panel sheet out of the average and names who is missing', () => {
    const rows = [...sheet('A', 'p1', [25, 25, 15, 15]), ...sheet('A', 'p2', [20, 20, 15, 15])];
    const [a] = computeResults(DEFAULT_SHEET, scorers, [cand('A')], rows, w);
    expect(a.panel).toEqual({ average: 75, n: 2, of: 3, missing: [{ employeeId: 'p3', name: '评委三' }] });
    expect(a.final).toBe(75); // no peer: the panel alone
  });

  it('counts a half-filled sheet as missing', () => {
    const rows = [
      ...sheet('A', 'p1', [25, 25, 15, 15]),
      ...sheet('A', 'p2', [20, 20, 15, 15]),
      ...sheet('A', 'p3', [30, 30, 20, 20]).slice(0, 2),
    ];
    const [a] = computeResults(DEFAULT_SHEET, scorers, [cand('A')], rows, w);
    expect([a.panel.average, a.panel.n, a.panel.missing.map((m) => m.employeeId)]).toEqual([75, 2, ['p3']]);
  });

  it('weighs the peers by peerWeightPercent', () => {
    const rows = [
      ...sheet('A', 'p1', [25, 25, 15, 15]),
      ...sheet('A', 'p2', [20, 20, 15, 15]),
      ...sheet('A', 'q1', [20, 20, 10, 10]),
    ];
    const [a] = computeResults(DEFAULT_SHEET, scorers, [cand('A')], rows, w);
    expect([a.peer.average, a.final]).toEqual([60, 70.5]);
    const [b] = computeResults(DEFAULT_SHEET, scorers, [cand('A')], rows, { ...w, peerWeightPercent: 0 });
    expect(b.final).toBe(75);
  });

  it('gives no result below minPanelScores, ranks ties together and suggests the top seats', () => {
    const rows = [
      ...sheet('A', 'p1', [25, 25, 15, 15]),
      ...sheet('A', 'p2', [25, 25, 15, 15]),
      ...sheet('B', 'p1', [25, 25, 15, 15]),
      ...sheet('B', 'p2', [25, 25, 15, 15]),
      ...sheet('C', 'p1', [30, 30, 20, 20]),
    ];
    const out = computeResults(DEFAULT_SHEET, scorers, [cand('A'), cand('B'), cand('C')], rows, w);
    expect(out.map((c) => [c.rank, c.final, c.noResult, c.suggested])).toEqual([
      [1, 80, false, true],
      [1, 80, false, false],
      [null, null, true, false],
    ]);
  });

  it('does not expect a candidate to score themself', () => {
    const self: Scorer[] = [...scorers, { employeeId: 'e-A', name: 'A', kind: 'panel' }];
    const rows = [...sheet('A', 'p1', [25, 25, 15, 15]), ...sheet('A', 'p2', [25, 25, 15, 15])];
    const [a] = computeResults(DEFAULT_SHEET, self, [cand('A')], rows, w);
    expect(a.panel.of).toBe(3);
    expect(a.panel.missing.map((m) => m.employeeId)).toEqual(['p3']);
  });
});
