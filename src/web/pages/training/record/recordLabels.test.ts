import { describe, expect, it } from 'vitest';
import {
  formatRecordLabel,
  RECORD_LABEL_CODES,
  RECORD_LABEL_TEXTS,
  recordLabel,
} from '../../../../common/record-labels';
import { LOCALES } from '../../../../common/roles';

// The record's derived lines (elimination steps, certifications, retakes, daily periods) arrive as
// codes; each must read as words in both languages, with every placeholder filled.

const CJK = /[\u4e00-\u9fff]/;
const SAMPLE = {
  from: '2026-11-02',
  to: '2026-11-06',
  criterion: 'theory_fails',
  item: 'badge_returned',
  title: 'Exam',
  n: 2,
  period: '2026-11-23',
  topic: 'Topic',
  exams: 3,
  attendance: 28,
  hours: 40,
};

describe.each(LOCALES)('record labels in %s', (locale) => {
  it.each(RECORD_LABEL_CODES)('%s has a text and fills its placeholders', (code) => {
    expect(RECORD_LABEL_TEXTS[locale].texts[code]?.trim()).toBeTruthy();
    const text = formatRecordLabel(locale, recordLabel(code, SAMPLE));
    expect(text).not.toMatch(/\{\w+\}/);
    if (locale === 'en-US') expect(text).not.toMatch(CJK);
  });

  it('words every criterion and offboarding item', () => {
    for (const kind of ['criterion', 'item'] as const) {
      expect(Object.keys(RECORD_LABEL_TEXTS[locale].values[kind]).sort()).toEqual(
        Object.keys(RECORD_LABEL_TEXTS['zh-CN'].values[kind]).sort(),
      );
      for (const text of Object.values(RECORD_LABEL_TEXTS[locale].values[kind])) expect(text.trim()).toBeTruthy();
    }
  });
});

describe('formatRecordLabel', () => {
  it('words a notice step in each language', () => {
    const notice = recordLabel('elimination.notice', { from: '2026-11-02', to: '2026-11-06' });
    expect(formatRecordLabel('zh-CN', notice)).toBe('淘汰流程 · 公示 2026-11-02 至 2026-11-06');
    expect(formatRecordLabel('en-US', notice)).toBe('Elimination · notice posted 2026-11-02 to 2026-11-06');
  });

  it('translates a param that is itself a code', () => {
    expect(formatRecordLabel('en-US', recordLabel('elimination.listed', { criterion: 'teamwork' }))).toBe(
      'Elimination · on the preliminary list (poor teamwork harming the team)',
    );
  });

  it('shows an unknown code as the code, not an empty cell', () => {
    expect(formatRecordLabel('en-US', { code: 'future.step', params: {} })).toBe('future.step');
  });
});
