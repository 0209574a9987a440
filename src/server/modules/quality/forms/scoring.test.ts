import { describe, expect, it } from 'vitest';
import { ScorecardContent, type AnswersShape } from '../../../../common/quality.js';
import { contentProblems, scoreEvaluation } from '../../../../common/quality-scoring.js';
import { CONTENT } from './forms.testkit.js';

// The one scoring function against forms computed by hand (SPEC §8, issue 7 item 1):
// weights, N/A, each critical mode, their precedence, all-N/A sections, answer checks.

// The hand-computable form the scorecard and evaluation tests share (forms.testkit.ts).
const form = ScorecardContent.parse(CONTENT);
const A = (pairs: Record<string, number | null>): AnswersShape =>
  Object.fromEntries(Object.entries(pairs).map(([k, v]) => [k, { value: v }]));
const ALL_GOOD = { greet: 1, verify: 1, need: 5, accurate: 10, compliant: 1, privacy: 1 };

describe('scoreEvaluation', () => {
  it('weights items: earned = weight × value / max over the possible weight', () => {
    // greet 0/10, verify 10/10, need 3/5 → 12/20, accurate 8/10 → 32/40, compliant 10/10, privacy 10/10: 74 of 100.
    const r = scoreEvaluation(form, A({ ...ALL_GOOD, greet: 0, need: 3, accurate: 8 }), 80);
    expect(r.score).toBe(74);
    expect(r.passed).toBe(false);
    expect(r.criticalFailure).toBe('none');
    expect(r.items.need).toEqual({ earned: 12, possible: 20, na: false, criticalFailed: false });
    expect(scoreEvaluation(form, A(ALL_GOOD), 80)).toMatchObject({ score: 100, passed: true });
    expect(scoreEvaluation(form, A({ ...ALL_GOOD, need: 4 }), 96)).toMatchObject({ score: 96, passed: true }); // pass score is inclusive
  });

  it('removes N/A from both earned and possible', () => {
    // privacy N/A: 90 possible; greet no: 80 of 90 = 88.89.
    const r = scoreEvaluation(form, A({ ...ALL_GOOD, greet: 0, privacy: null }), 80);
    expect(r.score).toBe(88.89);
    expect(r.items.privacy).toEqual({ earned: 0, possible: 0, na: true, criticalFailed: false });
  });

  it('a failed section-critical item zeroes its section, keeps its possible points, and fails the evaluation', () => {
    // accurate 5 < failBelow 6: section body earns 0 of 60 → 40 of 100; not passed whatever the pass score.
    const r = scoreEvaluation(form, A({ ...ALL_GOOD, accurate: 5 }), 30);
    expect(r.score).toBe(40);
    expect(r.criticalFailure).toBe('section');
    expect(r.passed).toBe(false);
    expect(r.sections.find((s) => s.key === 'body')).toMatchObject({ earned: 0, possible: 60, zeroed: true });
    // failBelow: 6 of 10 is not a failure although it is below max.
    expect(scoreEvaluation(form, A({ ...ALL_GOOD, accurate: 6 }), 80)).toMatchObject({
      score: 84,
      criticalFailure: 'none',
      passed: true,
    });
  });

  it('a failed evaluation-critical item zeroes the whole evaluation', () => {
    const r = scoreEvaluation(form, A({ ...ALL_GOOD, compliant: 0 }), 80);
    expect(r).toMatchObject({ score: 0, passed: false, criticalFailure: 'evaluation' });
  });

  it('precedence: evaluation-critical beats section-critical beats N/A beats weights', () => {
    const both = scoreEvaluation(form, A({ ...ALL_GOOD, compliant: 0, accurate: 0 }), 80);
    expect(both).toMatchObject({ score: 0, criticalFailure: 'evaluation' });
    // A section-critical failure zeroes the section even where another of its items is N/A.
    const sec = scoreEvaluation(form, A({ ...ALL_GOOD, verify: null, greet: 1 }), 80);
    expect(sec.score).toBe(100); // verify N/A: it cannot fail, section open counts greet only
    const secFail = scoreEvaluation(form, A({ ...ALL_GOOD, verify: 0 }), 80);
    expect(secFail.sections[0]).toMatchObject({ earned: 0, possible: 20, zeroed: true });
    expect(secFail.score).toBe(80);
    expect(secFail.passed).toBe(false);
  });

  it('an N/A critical item cannot fail, and a section whose items are all N/A is excluded', () => {
    const f = ScorecardContent.parse({
      sections: [
        { key: 's1', title: '一', items: [{ key: 'a', label: 'a', kind: 'yes_no', weight: 50 }] },
        {
          key: 's2',
          title: '二',
          items: [
            { key: 'b', label: 'b', kind: 'yes_no', weight: 30, allowNa: true, critical: 'evaluation' },
            { key: 'c', label: 'c', kind: 'scale', weight: 20, allowNa: true },
          ],
        },
      ],
    });
    const r = scoreEvaluation(f, A({ a: 1, b: null, c: null }), 80);
    expect(r).toMatchObject({ score: 100, criticalFailure: 'none', passed: true });
    expect(r.sections[1]).toMatchObject({ excluded: true, possible: 0 });
    expect(scoreEvaluation(f, A({ a: 0, b: null, c: null }), 80).score).toBe(0);
    const none = scoreEvaluation(f, A({ a: 1, b: null, c: null }), 80);
    expect(none.score).not.toBeNull();
  });

  it('nothing applicable gives no score; unanswered items are listed and left out of a preview', () => {
    const f = ScorecardContent.parse({
      sections: [{ key: 's', title: 's', items: [{ key: 'x', label: 'x', kind: 'yes_no', weight: 1, allowNa: true }] }],
    });
    expect(scoreEvaluation(f, A({ x: null }), 80)).toMatchObject({ score: null, passed: false });
    const partial = scoreEvaluation(form, A({ greet: 1, need: 2 }), 80);
    expect(partial.missing).toEqual(['verify', 'accurate', 'compliant', 'privacy']);
    expect(partial.score).toBe(60); // 10 + 8 of 30
  });

  it('reports answers the form cannot take', () => {
    const r = scoreEvaluation(form, A({ ...ALL_GOOD, greet: null, need: 6, accurate: 2.5, ghost: 1 }), 80);
    expect(r.problems.map((p) => [p.key, p.code])).toEqual([
      ['greet', 'NA_NOT_ALLOWED'],
      ['need', 'VALUE_OUT_OF_RANGE'],
      ['accurate', 'VALUE_OUT_OF_RANGE'],
      ['ghost', 'UNKNOWN_ITEM'],
    ]);
    expect(scoreEvaluation(form, A({ ...ALL_GOOD, greet: 0.5 }), 80).problems[0].code).toBe('VALUE_OUT_OF_RANGE');
  });

  it('finds duplicate keys and impossible limits in a form', () => {
    const bad = ScorecardContent.parse({
      sections: [
        {
          key: 's',
          title: 's',
          items: [{ key: 'x', label: 'x', kind: 'scale', weight: 1, max: 5, critical: 'section', failBelow: 7 }],
        },
        { key: 's', title: 't', items: [{ key: 'x', label: 'y', kind: 'yes_no', weight: 1, failBelow: 1 }] },
      ],
    });
    expect(contentProblems(bad).map((p) => p.path)).toEqual([
      'content.sections.0.items.0.failBelow',
      'content.sections.1.key',
      'content.sections.1.items.0.key',
      'content.sections.1.items.0.failBelow',
    ]);
    expect(contentProblems(form)).toEqual([]);
  });
});
