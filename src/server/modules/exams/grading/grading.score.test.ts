import { describe, expect, it } from 'vitest';
import { QuestionInput } from '../../../../common/exams-questions.js';
import { AppError } from '../../../lib/errors.js';
import { scaleTo100, scoreAnswer, toContent } from './grading.score.js';

// The scoring rules of every question type (pure: no database needed).
const make = (q: Record<string, unknown>) => toContent(QuestionInput.parse(q));
const ids = (c: ReturnType<typeof make>) => c.options.map((o) => o.id);

describe('scoring', () => {
  it('single choice: full, zero, Moodle partial credit, negative floored at 0, unanswered', () => {
    const c = make({
      type: 'single',
      stem: 's',
      options: [{ text: 'a', fraction: 1 }, { text: 'b', fraction: 0.5 }, { text: 'c', fraction: -0.5 }, { text: 'd' }],
    });
    const [a, b, cc, d] = ids(c);
    expect(scoreAnswer(c, 4, { optionIds: [a] })).toBe(4);
    expect(scoreAnswer(c, 4, { optionIds: [b] })).toBe(2);
    expect(scoreAnswer(c, 4, { optionIds: [cc] })).toBe(0);
    expect(scoreAnswer(c, 4, { optionIds: [d] })).toBe(0);
    expect(scoreAnswer(c, 4, { optionIds: [] })).toBe(0);
    expect(scoreAnswer(c, 4, null)).toBe(0);
  });

  it('multiple choice by correct flags: each correct 1/c, each wrong −1/w, total clamped to 0…1', () => {
    const c = make({
      type: 'multiple',
      stem: 'm',
      options: [{ text: 'a', correct: true }, { text: 'b', correct: true }, { text: 'c' }, { text: 'd' }],
    });
    const [a, b, cc, d] = ids(c);
    expect(scoreAnswer(c, 2, { optionIds: [a, b] })).toBe(2);
    expect(scoreAnswer(c, 2, { optionIds: [a] })).toBe(1);
    expect(scoreAnswer(c, 2, { optionIds: [a, b, cc] })).toBe(1);
    expect(scoreAnswer(c, 2, { optionIds: [a, b, cc, d] })).toBe(0);
    expect(scoreAnswer(c, 2, { optionIds: [cc, d] })).toBe(0);
  });

  it('multiple choice with Moodle fractions (thirds), rounded', () => {
    const c = make({
      type: 'multiple',
      stem: 'm',
      options: [
        { text: 'a', fraction: 0.333333 },
        { text: 'b', fraction: 0.333333 },
        { text: 'c', fraction: 0.333334 },
        { text: 'x', fraction: -1 },
      ],
    });
    const [a, b, cc, x] = ids(c);
    expect(scoreAnswer(c, 3, { optionIds: [a, b, cc] })).toBe(3);
    expect(scoreAnswer(c, 3, { optionIds: [a] })).toBe(1);
    expect(scoreAnswer(c, 3, { optionIds: [a, b, x] })).toBe(0);
  });

  it('true/false', () => {
    const c = make({ type: 'true_false', stem: 't', answer: false });
    expect(scoreAnswer(c, 1, { value: false })).toBe(1);
    expect(scoreAnswer(c, 1, { value: true })).toBe(0);
    expect(scoreAnswer(c, 1, { value: null })).toBe(0);
  });

  it('fill-in: per blank, any accepted variant, case, width and spaces ignored by default', () => {
    const c = make({
      type: 'fill_blank',
      stem: 'f',
      blanks: [{ accepted: ['95555', '955-55'] }, { accepted: ['CRM', '客户关系 管理'] }, { accepted: ['7x24'] }],
    });
    expect(scoreAnswer(c, 3, { blanks: ['95555', 'crm', '7X24'] })).toBe(3);
    expect(scoreAnswer(c, 3, { blanks: [' 955-55 ', 'ＣＲＭ', 'no'] })).toBe(2);
    expect(scoreAnswer(c, 3, { blanks: ['9 5 5 5 5', '客户关系管理'] })).toBe(2);
    expect(scoreAnswer(c, 3, { blanks: ['', '', ''] })).toBe(0);
    expect(scoreAnswer(c, 2, { blanks: ['95555'] })).toBe(0.6667);
  });

  it('fill-in, case-sensitive and space-sensitive when the question says so', () => {
    const c = make({
      type: 'fill_blank',
      stem: 'f',
      blanks: [{ accepted: ['CRM'] }, { accepted: ['a b'] }],
      caseSensitive: true,
      ignoreSpaces: false,
    });
    expect(scoreAnswer(c, 2, { blanks: ['crm', 'ab'] })).toBe(0);
    expect(scoreAnswer(c, 2, { blanks: ['CRM', ' a  b '] })).toBe(2);
  });

  it('short answer and essay are left to a person', () => {
    expect(scoreAnswer(make({ type: 'essay', stem: 'e' }), 5, { text: 'x' })).toBeNull();
    expect(scoreAnswer(make({ type: 'short_answer', stem: 's' }), 5, { text: 'x' })).toBeNull();
  });

  it('refuses questions that cannot be scored', () => {
    const bad = (q: Record<string, unknown>) => {
      try {
        make(q);
        return null;
      } catch (e) {
        return (e as AppError).field;
      }
    };
    expect(bad({ type: 'single', stem: 's', options: [{ text: 'a', correct: true }] })).toBe('options');
    expect(
      bad({
        type: 'single',
        stem: 's',
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
        ],
      }),
    ).toBe('options');
    expect(bad({ type: 'multiple', stem: 's', options: [{ text: 'a' }, { text: 'b' }] })).toBe('options');
    expect(
      bad({
        type: 'multiple',
        stem: 's',
        options: [
          { text: 'a', fraction: 0.3 },
          { text: 'b', fraction: 0.3 },
        ],
      }),
    ).toBe('options');
    expect(bad({ type: 'true_false', stem: 's' })).toBe('answer');
    expect(bad({ type: 'fill_blank', stem: 's', blanks: [] })).toBe('blanks');
  });

  it('scales to 100 with two decimals', () => {
    expect(scaleTo100(7, 15)).toBe(46.67);
    expect(scaleTo100(0, 0)).toBe(0);
    expect(scaleTo100(30, 30)).toBe(100);
  });
});
