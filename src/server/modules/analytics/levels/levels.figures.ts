import type { Proportion } from '../../../../common/analytics.js';
import {
  KPI_BETTER,
  KPIS,
  type ExamPair,
  type Kpi,
  type KpiEffect,
  type LevelOne,
} from '../../../../common/analytics-levels.js';
import { diffInDiff, wilson } from '../stats/index.js';
import { estimateOf } from './estimate.js';
import type { WindowSums } from '../facts/people.query.js';
import type { AttemptRow, FeedbackRow } from './levels.repo.js';

// The figures of the four levels from the rows the repository read: pure, so the rules are plain
// to read and each number keeps its n beside it.

const COMMENTS = 10;

export function levelOne(rows: FeedbackRow[], sessions: number, pct: number): LevelOne {
  return {
    sessions,
    content: estimateOf(
      rows.map((r) => r.content_score),
      pct,
    ),
    trainer: estimateOf(
      rows.map((r) => r.trainer_score),
      pct,
    ),
    method: estimateOf(
      rows.map((r) => r.method_score),
      pct,
    ),
    comments: rows
      .filter((r) => r.suggestions && r.suggestions.trim())
      .slice(0, COMMENTS)
      .map((r) => ({ at: r.created_at, text: r.suggestions!.trim() })),
  };
}

export const passRateOf = (rows: AttemptRow[], pct: number): Proportion =>
  wilson(rows.filter((r) => r.passed === 1).length, rows.length, pct);

export function examFigures(rows: AttemptRow[], pct: number) {
  const byExam = new Map<string, AttemptRow[]>();
  for (const r of rows) byExam.set(r.exam_id, [...(byExam.get(r.exam_id) ?? []), r]);
  return [...byExam.values()]
    .map((list) => ({
      examId: list[0].exam_id,
      title: list[0].title,
      score: estimateOf(
        list.map((r) => r.score),
        pct,
      ),
      passRate: passRateOf(list, pct),
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** A pre-test paired with a post-test: each person who took both first attempts counts once. */
export function pairFigure(
  pair: { id: string; pre_exam_id: string; post_exam_id: string; pre_title: string; post_title: string },
  attempts: AttemptRow[],
  pct: number,
): ExamPair {
  const pre = new Map<string, number>();
  const post = new Map<string, number>();
  for (const a of attempts) {
    if (a.exam_id === pair.pre_exam_id) pre.set(a.employee_id, a.score);
    if (a.exam_id === pair.post_exam_id) post.set(a.employee_id, a.score);
  }
  const both = [...pre.keys()].filter((id) => post.has(id));
  return {
    id: pair.id,
    preExamId: pair.pre_exam_id,
    preTitle: pair.pre_title,
    postExamId: pair.post_exam_id,
    postTitle: pair.post_title,
    pre: estimateOf(
      both.map((id) => pre.get(id)!),
      pct,
    ),
    post: estimateOf(
      both.map((id) => post.get(id)!),
      pct,
    ),
    gain: estimateOf(
      both.map((id) => post.get(id)! - pre.get(id)!),
      pct,
    ),
  };
}

/** A person's KPI over a window, or null when the window has nothing to divide by. */
export function kpiValue(s: WindowSums | undefined, kpi: Kpi): number | null {
  if (!s) return null;
  switch (kpi) {
    case 'qa':
      return s.qa_count ? s.qa_sum / s.qa_count : null;
    case 'fcr':
      return s.fcr_known ? (100 * s.fcr_yes) / s.fcr_known : null;
    case 'aht':
      return s.handled ? s.aht_sum / s.handled : null;
    case 'csat':
      return s.csat_count ? s.csat_sum / s.csat_count : null;
  }
}

const meanOf = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * Level 4: per KPI, the trained people's change from the window before the course to the window
 * after it, less the change of the comparison group (everyone else in scope with the KPI in both
 * windows) — a difference in differences. Only people with the KPI in both windows count.
 */
export function levelFourKpis(
  before: WindowSums[],
  after: WindowSums[],
  trained: Set<string>,
  pct: number,
): KpiEffect[] {
  const b = new Map(before.map((r) => [r.employee_id, r]));
  const a = new Map(after.map((r) => [r.employee_id, r]));
  return KPIS.map((kpi) => {
    const t: { before: number; after: number }[] = [];
    const c: { before: number; after: number }[] = [];
    for (const [id, sa] of a) {
      const x = kpiValue(b.get(id), kpi);
      const y = kpiValue(sa, kpi);
      if (x === null || y === null) continue;
      (trained.has(id) ? t : c).push({ before: x, after: y });
    }
    const did = diffInDiff(t, c, pct);
    return {
      kpi,
      better: KPI_BETTER[kpi],
      effect: did.effect,
      trainedChange: did.treatedChange,
      comparisonChange: did.controlChange,
      trainedBefore: meanOf(t.map((p) => p.before)),
      trainedAfter: meanOf(t.map((p) => p.after)),
      comparisonBefore: meanOf(c.map((p) => p.before)),
      comparisonAfter: meanOf(c.map((p) => p.after)),
    };
  });
}
