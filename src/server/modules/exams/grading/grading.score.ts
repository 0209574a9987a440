import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { MANUAL_TYPES, type AnswerInputT, type QuestionInput, type QuestionTypeName } from '../../../../common/exams.js';
import { badRequest } from '../../../lib/errors.js';

// The content of a question as it is frozen in a version, and the scoring rules (SPEC §4).
//
// Scoring, per question worth P points (the paper's points for it):
//  - single: P × max(0, fraction of the chosen option); an unanswered question earns 0.
//  - multiple (Moodle style): P × clamp(Σ fractions of the chosen options, 0, 1). Correct options
//    carry positive fractions that add up to 1; wrong ones carry negative fractions (by default
//    −1/w each, w = number of wrong options), so ticking everything earns 0, never less.
//  - true_false: P or 0.
//  - fill_blank: each of the n blanks earns P/n when the answer matches one accepted variant,
//    after Unicode NFKC, trimming and (by default) ignoring case and all white space.
//  - short_answer, essay: graded by a person (0…P, partial credit), never automatically.

export interface OptionC { id: string; text: string; fraction: number }
export interface QuestionContent {
  type: QuestionTypeName;
  title: string | null;
  stem: string;
  options: OptionC[];
  answer: boolean | null;
  blanks: { accepted: string[] }[];
  caseSensitive: boolean;
  ignoreSpaces: boolean;
  rubric: string | null;
  referenceAnswer: string | null;
  explanation: string | null;
  points: number;
  difficulty: 'easy' | 'medium' | 'hard';
  course: string | null;
  knowledgePoint: string | null;
  tags: string[];
}

type Input = z.output<typeof QuestionInput>;
const EPS = 1e-6;
const round = (n: number, d = 4) => Math.round(n * 10 ** d) / 10 ** d;
export const isManual = (type: QuestionTypeName) => MANUAL_TYPES.includes(type);

/** Option ids are random, so their order in the source file says nothing about the key. */
const optionId = () => randomBytes(4).toString('hex');

/** Checks a question for its type and fills in the defaults; a 400 names the field at fault. */
export function toContent(q: Input, previous: OptionC[] = []): QuestionContent {
  const bad = (field: string, message: string) => badRequest('INVALID_QUESTION', message, field);
  let options: OptionC[] = [];
  if (q.type === 'single' || q.type === 'multiple') {
    const opts = q.options ?? [];
    if (opts.length < 2) throw bad('options', 'a choice question needs at least two options');
    const explicit = opts.some((o) => o.fraction !== undefined);
    const correct = opts.filter((o) => (explicit ? (o.fraction ?? 0) > 0 : o.correct)).length;
    if (correct === 0) throw bad('options', 'mark at least one option correct');
    if (q.type === 'single' && explicit && !opts.some((o) => Math.abs((o.fraction ?? 0) - 1) < EPS)) {
      throw bad('options', 'a single-choice question needs one option worth 100%');
    }
    if (q.type === 'single' && !explicit && correct !== 1) throw bad('options', 'a single-choice question has exactly one correct option');
    const used = new Set<string>();
    options = opts.map((o) => {
      // An edited option keeps its id (sent back, or the same text as before), so old attempts read right.
      const known = o.id && previous.some((p) => p.id === o.id) ? o.id : previous.find((p) => p.text === o.text && !used.has(p.id))?.id;
      let id = known && !used.has(known) ? known : optionId();
      while (used.has(id)) id = optionId();
      used.add(id);
      const fraction = explicit ? (o.fraction ?? 0) : o.correct ? (q.type === 'single' ? 1 : 1 / correct) : q.type === 'single' ? 0 : -1 / (opts.length - correct);
      return { id, text: o.text, fraction: round(fraction, 6) };
    });
    if (q.type === 'multiple' && explicit) {
      const positive = options.filter((o) => o.fraction > 0).reduce((s, o) => s + o.fraction, 0);
      if (Math.abs(positive - 1) > 0.02) throw bad('options', 'the correct options of a multiple-choice question must add up to 100%');
    }
  }
  if (q.type === 'true_false' && typeof q.answer !== 'boolean') throw bad('answer', 'a true/false question needs its answer');
  const blanks = q.type === 'fill_blank' ? (q.blanks ?? []) : [];
  if (q.type === 'fill_blank' && blanks.length === 0) throw bad('blanks', 'a fill-in question needs at least one blank with accepted answers');
  return {
    type: q.type, title: q.title || null, stem: q.stem, options,
    answer: q.type === 'true_false' ? q.answer! : null,
    blanks: blanks.map((b) => ({ accepted: [...new Set(b.accepted)] })),
    caseSensitive: q.caseSensitive, ignoreSpaces: q.ignoreSpaces,
    rubric: q.rubric || null, referenceAnswer: q.referenceAnswer || null, explanation: q.explanation || null,
    points: q.points, difficulty: q.difficulty, course: q.course || null, knowledgePoint: q.knowledgePoint || null,
    tags: [...new Set(q.tags)],
  };
}

export function normalizeBlank(s: string, c: Pick<QuestionContent, 'caseSensitive' | 'ignoreSpaces'>) {
  let v = s.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (c.ignoreSpaces) v = v.replace(/\s/g, '');
  if (!c.caseSensitive) v = v.toLowerCase();
  return v;
}

/** Checks an answer's shape against the question it answers (400 when it does not fit). */
export function checkAnswerShape(c: QuestionContent, a: AnswerInputT) {
  const bad = (message: string) => badRequest('ANSWER_SHAPE', message, 'answer');
  if (c.type === 'single' || c.type === 'multiple') {
    const ids = a.optionIds ?? [];
    if (c.type === 'single' && ids.length > 1) throw bad('choose one option');
    const known = new Set(c.options.map((o) => o.id));
    if (ids.some((id) => !known.has(id))) throw bad('unknown option');
    if (new Set(ids).size !== ids.length) throw bad('an option is chosen twice');
    return { optionIds: ids };
  }
  if (c.type === 'true_false') {
    if (a.value === undefined) throw bad('send value: true, false or null');
    return { value: a.value };
  }
  if (c.type === 'fill_blank') {
    const b = a.blanks ?? [];
    if (b.length > c.blanks.length) throw bad(`this question has ${c.blanks.length} blank(s)`);
    return { blanks: b };
  }
  if (a.text === undefined) throw bad('send text');
  return { text: a.text };
}

/** Points earned by an answer, or null for a question a person grades. */
export function scoreAnswer(c: QuestionContent, points: number, a: Partial<AnswerInputT> | null): number | null {
  if (isManual(c.type)) return null;
  if (!a) return 0;
  switch (c.type) {
    case 'single': {
      const chosen = c.options.find((o) => o.id === a.optionIds?.[0]);
      return round(points * Math.max(0, chosen?.fraction ?? 0));
    }
    case 'multiple': {
      const ids = new Set(a.optionIds ?? []);
      const sum = c.options.filter((o) => ids.has(o.id)).reduce((s, o) => s + o.fraction, 0);
      return round(points * Math.min(1, Math.max(0, sum)));
    }
    case 'true_false':
      return a.value === c.answer ? points : 0;
    case 'fill_blank': {
      const given = a.blanks ?? [];
      const right = c.blanks.filter((b, i) => {
        const v = normalizeBlank(given[i] ?? '', c);
        return v !== '' && b.accepted.some((acc) => normalizeBlank(acc, c) === v);
      }).length;
      return round((points * right) / c.blanks.length);
    }
  }
  return 0;
}

/** Scaled to 100 with two decimals. */
export const scaleTo100 = (raw: number, max: number) => (max > 0 ? Math.round((raw / max) * 10000) / 100 : 0);
