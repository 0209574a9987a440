import { describe, expect, it } from 'vitest';
import type { CareerTrainerGradesTable } from '../../../db/schema-careers-levels.js';
import type { LevelWindow, TrainerFigures } from './levels.facts.js';
import { judge, nextGrade } from './standing.js';

// The standing's two rules without a database: each standard compared with its figure (a null
// standard not listed, no data never met) and the next grade by position.

const grade = (id: string, position: number, s: Partial<CareerTrainerGradesTable> = {}): CareerTrainerGradesTable => ({
  id,
  name: id,
  position,
  min_hours: null,
  min_sessions: null,
  min_rating: null,
  min_pass_rate: null,
  description: null,
  created_at: '',
  updated_at: '',
  version: 1,
  ...s,
});
const w: LevelWindow = { from: '2025-06-15', to: '2026-06-15', start: '', end: '', months: 12 };
const figures = (f: Partial<TrainerFigures> = {}): TrainerFigures => ({
  hours: 10,
  sessions: 4,
  rating: 4.2,
  ratings: 9,
  raters: 5,
  passRate: 80,
  results: 10,
  passed: 8,
  learners: 6,
  ...f,
});

describe('judge', () => {
  const g = grade('g', 1, { min_hours: 10, min_sessions: 4, min_rating: 4.2, min_pass_rate: 80 });

  it('meets a standard exactly at its threshold, with the evidence', () => {
    const lines = judge(g, figures(), w);
    expect(lines.map((l) => [l.key, l.state])).toEqual([
      ['hours', 'met'],
      ['sessions', 'met'],
      ['rating', 'met'],
      ['passRate', 'met'],
    ]);
    expect(lines[2]).toMatchObject({ value: 4.2, threshold: 4.2, count: 9, learners: 5, from: w.from, to: w.to });
    expect(lines[3]).toMatchObject({ count: 10, learners: 6 });
  });

  it.each([
    ['hours', { hours: 9.99 }],
    ['sessions', { sessions: 3 }],
    ['rating', { rating: 4.19 }],
    ['passRate', { passRate: 79.9 }],
  ] as const)('fails %s alone when only its figure is short', (key, f) => {
    const lines = judge(g, figures(f), w);
    expect(lines.filter((l) => !l.met).map((l) => [l.key, l.state])).toEqual([[key, 'below']]);
  });

  it('never meets a standard without data, and leaves out standards the grade does not set', () => {
    const lines = judge(
      grade('h', 1, { min_rating: 1, min_pass_rate: 0 }),
      figures({ rating: null, passRate: null }),
      w,
    );
    expect(lines.map((l) => [l.key, l.state, l.met])).toEqual([
      ['rating', 'no_data', false],
      ['passRate', 'no_data', false],
    ]);
  });
});

describe('nextGrade', () => {
  const grades = [grade('a', 10), grade('b', 20), grade('c', 30)];
  it('is the lowest grade without a level, the one above otherwise, none at the top', () => {
    expect(nextGrade(grades, null)?.id).toBe('a');
    expect(nextGrade(grades, 'a')?.id).toBe('b');
    expect(nextGrade(grades, 'c')).toBeNull();
    expect(nextGrade([], null)).toBeNull();
  });
});
