import type { AnswersShape, CriticalModeName, ScorecardContentShape, ScorecardItemShape } from './quality.js';

// THE scoring function of quality monitoring (SPEC §8). The server scores and re-scores
// (disputes) with it and the web's live preview runs the very same code, so what an evaluator
// sees while scoring is what gets saved.
//
// How a score is made, in order of precedence (a rule higher up beats every rule below it):
//   1. Evaluation-critical: a failed item whose critical mode is 'evaluation' zeroes the whole
//      evaluation (score 0, not passed), whatever else was answered.
//   2. Section-critical: a failed item whose critical mode is 'section' zeroes its own section
//      (the section earns 0 of its possible points, which still count) and the evaluation does
//      not pass even if the remaining score is above the pass score ("a failed critical item
//      fails or zeroes the evaluation").
//   3. N/A: an item answered N/A (value null; only where the item allows it) is removed from both
//      earned and possible points. An N/A critical item cannot fail. A section whose items are all
//      N/A is excluded altogether (it neither helps nor hurts).
//   4. Weights: every other item earns weight × value / max (yes/no: weight for yes, 0 for no)
//      of weight possible; score = 100 × Σ earned / Σ possible, rounded to 2 decimals.
// A critical item fails when it earns less than full marks: "no" for yes/no; for scale and points
// a value below failBelow when given, else below max.
// An evaluation where nothing is applicable (every item N/A) has no score (null) and cannot be
// saved. Unanswered items are left out of a preview's score and listed in `missing`; a saved
// evaluation must answer every item.

export const DEFAULT_MAX = { yes_no: 1, scale: 5, points: 10 } as const;

export interface ItemResult {
  earned: number;
  possible: number;
  na: boolean;
  criticalFailed: boolean;
}
export interface SectionResult {
  key: string;
  earned: number;
  possible: number;
  /** Every item N/A (or unanswered): the section does not count. */
  excluded: boolean;
  /** A section-critical item failed, so the section earns 0. */
  zeroed: boolean;
}
export type CriticalFailure = 'none' | 'section' | 'evaluation';
export interface ScoreProblem {
  key: string;
  code: 'UNKNOWN_ITEM' | 'NA_NOT_ALLOWED' | 'VALUE_OUT_OF_RANGE';
  message: string;
}
export interface ScoreResult {
  /** 0–100, or null when nothing is applicable. */
  score: number | null;
  passed: boolean;
  criticalFailure: CriticalFailure;
  items: Record<string, ItemResult>;
  sections: SectionResult[];
  /** Items with no answer (a preview may have some; a saved evaluation may not). */
  missing: string[];
  /** Answers the form cannot take: unknown keys, N/A where not allowed, values out of range. */
  problems: ScoreProblem[];
}

export const itemMax = (item: Pick<ScorecardItemShape, 'kind' | 'max'>) =>
  item.kind === 'yes_no' ? 1 : (item.max ?? DEFAULT_MAX[item.kind]);

const round2 = (n: number) => Math.round(n * 100) / 100;

/** What is wrong with a (non-N/A) answer value of this item, or null: the one rule for the
 *  scoring function, a dispute's proposed answer and a supervisor's changed answer. */
export function valueProblem(item: Pick<ScorecardItemShape, 'kind' | 'max'>, value: number): string | null {
  const max = itemMax(item);
  if (item.kind === 'yes_no') return value === 0 || value === 1 ? null : 'yes/no takes 1 (yes) or 0 (no)';
  if (!Number.isInteger(value) || value < 0 || value > max) return `takes a whole number from 0 to ${max}`;
  return null;
}

function fails(item: ScorecardItemShape, value: number): boolean {
  if (item.critical === 'none') return false;
  if (item.kind === 'yes_no') return value < 1;
  return value < (item.failBelow ?? itemMax(item));
}

export function scoreEvaluation(content: ScorecardContentShape, answers: AnswersShape, passScore: number): ScoreResult {
  const items: Record<string, ItemResult> = {};
  const sections: SectionResult[] = [];
  const missing: string[] = [];
  const problems: ScoreProblem[] = [];
  const known = new Set<string>();
  let worst: CriticalFailure = 'none';
  const raise = (mode: CriticalModeName) => {
    if (mode === 'evaluation' || (mode === 'section' && worst === 'none')) worst = mode;
  };

  for (const section of content.sections) {
    let earned = 0;
    let possible = 0;
    let zeroed = false;
    for (const item of section.items) {
      known.add(item.key);
      const answer = answers[item.key];
      if (!answer) {
        missing.push(item.key);
        items[item.key] = { earned: 0, possible: 0, na: false, criticalFailed: false };
        continue;
      }
      if (answer.value === null) {
        if (!item.allowNa)
          problems.push({ key: item.key, code: 'NA_NOT_ALLOWED', message: `${item.label}: N/A is not allowed` });
        items[item.key] = { earned: 0, possible: 0, na: true, criticalFailed: false };
        continue;
      }
      const problem = valueProblem(item, answer.value);
      if (problem) {
        problems.push({ key: item.key, code: 'VALUE_OUT_OF_RANGE', message: `${item.label}: ${problem}` });
        items[item.key] = { earned: 0, possible: 0, na: false, criticalFailed: false };
        continue;
      }
      const criticalFailed = fails(item, answer.value);
      const result = {
        earned: round2((item.weight * answer.value) / itemMax(item)),
        possible: item.weight,
        na: false,
        criticalFailed,
      };
      items[item.key] = result;
      earned += result.earned;
      possible += result.possible;
      if (criticalFailed) {
        raise(item.critical);
        if (item.critical === 'section') zeroed = true;
      }
    }
    sections.push({
      key: section.key,
      earned: zeroed ? 0 : round2(earned),
      possible: round2(possible),
      excluded: possible === 0,
      zeroed,
    });
  }
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) problems.push({ key, code: 'UNKNOWN_ITEM', message: `${key}: no such item on this form` });
  }

  const earned = sections.reduce((s, x) => s + x.earned, 0);
  const possible = sections.reduce((s, x) => s + x.possible, 0);
  let score: number | null = possible > 0 ? round2((100 * earned) / possible) : null;
  const critical = worst as CriticalFailure; // assigned inside raise(), which TypeScript cannot see
  if (critical === 'evaluation') score = 0;
  const passed = score !== null && critical === 'none' && score >= passScore;
  return { score, passed, criticalFailure: critical, items, sections, missing, problems };
}

/** What is wrong with a form's content beyond its zod shape: duplicate keys, impossible limits. */
export function contentProblems(content: ScorecardContentShape): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const sectionKeys = new Set<string>();
  const itemKeys = new Set<string>();
  content.sections.forEach((section, s) => {
    if (sectionKeys.has(section.key))
      out.push({ path: `content.sections.${s}.key`, message: `section key ${section.key} is used twice` });
    sectionKeys.add(section.key);
    section.items.forEach((item, i) => {
      const path = `content.sections.${s}.items.${i}`;
      if (itemKeys.has(item.key))
        out.push({
          path: `${path}.key`,
          message: `item key ${item.key} is used twice (keys are unique across the form)`,
        });
      itemKeys.add(item.key);
      if (item.kind === 'yes_no' && item.max !== undefined && item.max !== 1)
        out.push({ path: `${path}.max`, message: 'a yes/no item has no max' });
      if (item.failBelow !== undefined) {
        if (item.kind === 'yes_no' || item.critical === 'none')
          out.push({ path: `${path}.failBelow`, message: 'failBelow is for critical scale or points items' });
        else if (item.failBelow > itemMax(item))
          out.push({ path: `${path}.failBelow`, message: `failBelow is above the item's max (${itemMax(item)})` });
      }
    });
  });
  return out;
}
