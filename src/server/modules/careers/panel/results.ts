import type { CandidateResult, ScorerKindName, SheetItem } from '../../../../common/careers-panel.js';

// The arithmetic of the talk day (SPEC §11, issue 21): a sheet's total is the sum of its items; a
// candidate's panel average is the mean of the totals of the panel members who handed in a
// complete sheet — one who did not is missing (named), never a zero; the peer average likewise;
// final = panel × (1 − w) + peer × w with w = peerWeightPercent / 100, or the panel average
// alone when no peer scored. Fewer than minPanelScores panel sheets: no result (flagged).

export interface ScoreRow {
  nomination_id: string;
  scorer_id: string;
  item_key: string;
  score: number;
  comment: string | null;
  updated_at: string;
}
export interface Scorer {
  employeeId: string;
  name: string;
  kind: ScorerKindName;
}
export interface Candidate {
  nominationId: string;
  employeeId: string;
  name: string;
  teamName: string | null;
  departmentName: string | null;
  outcome: 'chosen' | 'not_chosen' | null;
}
export interface Weights {
  peerWeightPercent: number;
  minPanelScores: number;
  seats: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => (xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

/** Every candidate's averages, final score, rank and whether they are within the default choice. */
export function computeResults(
  items: readonly SheetItem[],
  scorers: Scorer[],
  candidates: Candidate[],
  rows: ScoreRow[],
  w: Weights,
): CandidateResult[] {
  const keys = new Set(items.map((i) => i.key));
  const byScorer = new Map(scorers.map((s) => [s.employeeId, s]));
  const out = candidates.map((c): CandidateResult => {
    const sheets: CandidateResult['sheets'] = [];
    for (const scorer of scorers) {
      const mine = rows.filter((r) => r.nomination_id === c.nominationId && r.scorer_id === scorer.employeeId);
      // Only a sheet with every item of the round's sheet counts: a half-filled one is missing.
      if (!items.every((i) => mine.some((r) => r.item_key === i.key))) continue;
      const counted = mine.filter((r) => keys.has(r.item_key));
      sheets.push({
        scorerId: scorer.employeeId,
        scorerName: scorer.name,
        kind: scorer.kind,
        total: round2(counted.reduce((a, r) => a + Number(r.score), 0)),
        items: items.map((i) => {
          const r = counted.find((x) => x.item_key === i.key)!;
          return { key: i.key, score: Number(r.score), comment: r.comment };
        }),
        updatedAt: counted
          .map((r) => r.updated_at)
          .sort()
          .at(-1)!,
      });
    }
    const panelScorers = scorers.filter((s) => s.kind === 'panel' && s.employeeId !== c.employeeId);
    const peerScorers = scorers.filter((s) => s.kind === 'peer' && s.employeeId !== c.employeeId);
    const panelTotals = sheets.filter((s) => byScorer.get(s.scorerId)?.kind === 'panel').map((s) => s.total);
    const peerTotals = sheets.filter((s) => byScorer.get(s.scorerId)?.kind === 'peer').map((s) => s.total);
    const panel = mean(panelTotals);
    const peer = mean(peerTotals);
    const noResult = panelTotals.length < Math.max(1, w.minPanelScores);
    const weight = w.peerWeightPercent / 100;
    const final =
      noResult || panel === null ? null : peer === null ? panel : round2(panel * (1 - weight) + peer * weight);
    return {
      nominationId: c.nominationId,
      employeeId: c.employeeId,
      name: c.name,
      teamName: c.teamName,
      departmentName: c.departmentName,
      panel: {
        average: panel,
        n: panelTotals.length,
        of: panelScorers.length,
        missing: panelScorers
          .filter((s) => !sheets.some((x) => x.scorerId === s.employeeId))
          .map((s) => ({ employeeId: s.employeeId, name: s.name })),
      },
      peer: { average: peer, n: peerTotals.length, of: peerScorers.length },
      final,
      noResult,
      rank: null,
      suggested: false,
      outcome: c.outcome,
      sheets,
    };
  });
  // Rank by final score (ties share a rank); the default choice is the top `seats`.
  const ranked = out.filter((c) => c.final !== null).sort((a, b) => b.final! - a.final!);
  ranked.forEach((c, i) => {
    c.rank = i > 0 && ranked[i - 1].final === c.final ? ranked[i - 1].rank : i + 1;
    c.suggested = w.seats !== null && i < w.seats;
  });
  return out;
}
