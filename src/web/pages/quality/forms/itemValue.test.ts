import { describe, expect, it } from 'vitest';
import enForms from '../../../locales/en-US/quality/forms';
import zhForms from '../../../locales/zh-CN/quality/forms';
import { fromChoice, itemChoices, itemValueText, toChoice } from './itemValue';

// The one way an item's value is shown (evaluation pages, disputes, calibration): yes/no reads
// 是/否 (Yes/No), never 1/0, in both languages.
const translator =
  (score: { yes: string; no: string; na: string }) => (key: `quality.forms.score.${'yes' | 'no' | 'na'}`) =>
    score[key.split('.').pop() as 'yes' | 'no' | 'na'];
const zh = translator(zhForms.score);
const en = translator(enForms.score);

describe('item values', () => {
  it('shows a yes/no answer as yes or no, in Chinese and English', () => {
    expect([
      itemValueText({ kind: 'yes_no' }, 1, zh),
      itemValueText({ kind: 'yes_no' }, 0, zh),
      itemValueText({ kind: 'yes_no' }, null, zh),
    ]).toEqual(['是', '否', '不适用']);
    expect([
      itemValueText({ kind: 'yes_no' }, 1, en),
      itemValueText({ kind: 'yes_no' }, 0, en),
      itemValueText({ kind: 'yes_no' }, null, en),
    ]).toEqual(['Yes', 'No', 'N/A']);
  });

  it('shows a scale or points answer as its number', () => {
    expect(itemValueText({ kind: 'scale' }, 0, zh)).toBe('0');
    expect(itemValueText({ kind: 'scale' }, 1, zh)).toBe('1');
    expect(itemValueText({ kind: 'points' }, 7, en)).toBe('7');
    expect(itemValueText({ kind: 'points' }, null, en)).toBe('N/A');
  });

  it('offers yes/no as 是/否 (N/A only where allowed or asked), a scale 0..max, points nothing to pick', () => {
    expect(itemChoices({ kind: 'yes_no' }, zh)).toEqual([
      { value: '1', label: '是' },
      { value: '0', label: '否' },
    ]);
    expect(itemChoices({ kind: 'yes_no', allowNa: true }, en).map((c) => c.label)).toEqual(['Yes', 'No', 'N/A']);
    expect(itemChoices({ kind: 'yes_no', allowNa: true }, en, { na: false }).map((c) => c.label)).toEqual([
      'Yes',
      'No',
    ]);
    expect(itemChoices({ kind: 'scale', max: 3 }, zh).map((c) => c.label)).toEqual(['0', '1', '2', '3']);
    expect(itemChoices({ kind: 'scale' }, zh)).toHaveLength(6); // default max 5
    expect(itemChoices({ kind: 'points', max: 10, allowNa: true }, zh)).toEqual([{ value: 'na', label: '不适用' }]);
  });

  it('turns a value into its choice and back (null is N/A, undefined is none)', () => {
    for (const v of [1, 0, 4, null, undefined]) expect(fromChoice(toChoice(v))).toBe(v);
    expect(toChoice(null)).toBe('na');
  });
});
