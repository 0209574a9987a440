import { z } from 'zod';

// Shapes of assessments (SPEC §4) on the API, shared by the server (validation, OpenAPI) and the
// web (types). Two families: what staff see (with answer keys) and what an examinee sees (never
// a key, a correctness flag, an explanation or a score before results are released).

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
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionTypeName = z.infer<typeof QuestionType>;
/** Graded by a person (with the rubric); every other type is graded at submission. */
export const MANUAL_TYPES: readonly QuestionTypeName[] = ['short_answer', 'essay'];
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const Difficulty = z.enum(DIFFICULTIES);

export const Text = (max: number) => z.string().trim().min(1).max(max);
export const Tag = z.string().trim().min(1).max(64);
export const Id = z.string().min(1).max(64);
export const Reason = z.string().trim().min(2, 'give a reason').max(500);
