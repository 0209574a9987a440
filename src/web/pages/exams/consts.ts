// The value lists of src/common/exams.ts, repeated here so the web bundle does not pull in zod.
export const QUESTION_TYPES = [
  'single',
  'multiple',
  'true_false',
  'fill_blank',
  'matching',
  'numerical',
  'short_answer',
  'essay',
] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type QType = (typeof QUESTION_TYPES)[number];
