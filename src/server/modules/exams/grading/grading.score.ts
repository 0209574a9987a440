import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { MANUAL_TYPES, type QuestionTypeName } from '../../../../common/exams.js';
import { type AnswerInputT } from '../../../../common/exams-attempts.js';
import { type QuestionInput } from '../../../../common/exams-questions.js';
import { badRequest } from '../../../lib/errors.js';

// The content of a question as it is frozen in a version, and the scoring rules (SPEC §4).
//
// Scoring, per question worth P points (the paper's points for it):
//  - single: P × max(0, fraction of the chosen option); an unanswered question earns 0.
//  - multiple (Moodle style): P × clamp(Σ fractions of the chosen options, 0, 1). Correct options
//    carry positive fractions that add up to 1; wrong ones carry negative fractions (by default
//    −1/w each, w = number of wrong options), so ticking everything earns 0, never less.
//  - true_false: P or 0.
//  - fill_blank: each of the n blanks earns P/n × the fraction of the best answer it matches
//    (accepted variants 100%, Moodle short-answer answers their own share), after Unicode NFKC,
//    trimming and (by default) ignoring case and all white space; `*` is any text with wildcards.
//  - matching: each of the n prompts earns P/n when its chosen answer is the right one.
//  - numerical: P × the fraction of the best answer whose value ± tolerance holds the number,
//    read in the unit given (value ÷ multiplier); no or an unknown unit costs the unit penalty.
//  - short_answer, essay: graded by a person (0…P, partial credit), never automatically.

export interface OptionC {
  id: string;
  text: string;
  fraction: number;
  feedback?: string | null;
}
export interface BlankAnswerC {
  text: string;
  fraction: number;
  feedback: string | null;
}
export interface PairC {
  id: string;
  prompt: string;
  answer: string;
}
export interface NumericC {
  value: number | null;
  tolerance: number;
  fraction: number;
  feedback: string | null;
}
export type FileC = { name: string; hash: string; mime: string; size: number };
export interface QuestionContent {
  type: QuestionTypeName;
  title: string | null;
  stem: string;
  options: OptionC[];
  answer: boolean | null;
  /** `accepted` (100%) is kept for contents written before `answers`; `answers` lists all. */
  blanks: { accepted: string[]; answers?: BlankAnswerC[] }[];
  wildcards?: boolean;
  pairs?: PairC[];
  numeric?: NumericC[];
  units?: { unit: string; multiplier: number }[];
  unitPenalty?: number;
  unitGrading?: 'response' | 'question';
  files?: FileC[];
  category?: string | null;
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
export function toContent(q: Input, previous: OptionC[] = [], previousPairs: PairC[] = []): QuestionContent {
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
    if (q.type === 'single' && !explicit && correct !== 1)
      throw bad('options', 'a single-choice question has exactly one correct option');
    const used = new Set<string>();
    options = opts.map((o) => {
      // An edited option keeps its id (sent back, or the same text as before), so old attempts read right.
      const known =
        o.id && previous.some((p) => p.id === o.id)
          ? o.id
          : previous.find((p) => p.text === o.text && !used.has(p.id))?.id;
      let id = known && !used.has(known) ? known : optionId();
      while (used.has(id)) id = optionId();
      used.add(id);
      const fraction = explicit
        ? (o.fraction ?? 0)
        : o.correct
          ? q.type === 'single'
            ? 1
            : 1 / correct
          : q.type === 'single'
            ? 0
            : -1 / (opts.length - correct);
      return { id, text: o.text, fraction: round(fraction, 6), feedback: o.feedback || null };
    });
    if (q.type === 'multiple' && explicit) {
      const positive = options.filter((o) => o.fraction > 0).reduce((s, o) => s + o.fraction, 0);
      if (Math.abs(positive - 1) > 0.02)
        throw bad('options', 'the correct options of a multiple-choice question must add up to 100%');
    }
  }
  if (q.type === 'true_false' && typeof q.answer !== 'boolean')
    throw bad('answer', 'a true/false question needs its answer');
  const blanks = q.type === 'fill_blank' ? (q.blanks ?? []).map(blankContent) : [];
  if (q.type === 'fill_blank' && blanks.length === 0)
    throw bad('blanks', 'a fill-in question needs at least one blank with accepted answers');
  if (blanks.some((b) => b.accepted.length === 0)) throw bad('blanks', 'every blank needs an answer worth 100%');
  const pairs = q.type === 'matching' ? matchPairs(q.pairs ?? [], previousPairs) : [];
  if (q.type === 'matching' && pairs.filter((p) => p.prompt).length < 2)
    throw bad('pairs', 'a matching question needs at least two prompts with their answers');
  const numeric =
    q.type === 'numerical'
      ? (q.numeric ?? []).map((n) => ({
          value: n.value,
          tolerance: n.tolerance,
          fraction: round(n.fraction, 6),
          feedback: n.feedback || null,
        }))
      : [];
  if (q.type === 'numerical' && !numeric.some((n) => Math.abs(n.fraction - 1) < EPS))
    throw bad('numeric', 'a numerical question needs an answer worth 100%');
  const units = q.type === 'numerical' ? (q.units ?? []) : [];
  if (new Set(units.map((u) => u.unit)).size !== units.length) throw bad('units', 'a unit is listed twice');
  return {
    type: q.type,
    title: q.title || null,
    stem: q.stem,
    options,
    answer: q.type === 'true_false' ? q.answer! : null,
    blanks,
    wildcards: q.wildcards,
    pairs,
    numeric,
    units,
    unitPenalty: units.length ? q.unitPenalty : 0,
    unitGrading: q.unitGrading,
    files: q.files ?? [],
    category: q.category || null,
    caseSensitive: q.caseSensitive,
    ignoreSpaces: q.ignoreSpaces,
    rubric: q.rubric || null,
    referenceAnswer: q.referenceAnswer || null,
    explanation: q.explanation || null,
    points: q.points,
    difficulty: q.difficulty,
    course: q.course || null,
    knowledgePoint: q.knowledgePoint || null,
    tags: [...new Set(q.tags)],
  };
}

/** A blank's answers in one list: the accepted variants at 100%, then those with their own share. */
function blankContent(b: NonNullable<Input['blanks']>[number]) {
  const answers: BlankAnswerC[] = [];
  for (const a of [...b.accepted.map((text) => ({ text, fraction: 1, feedback: undefined })), ...(b.answers ?? [])]) {
    if (!answers.some((x) => x.text === a.text))
      answers.push({ text: a.text, fraction: round(a.fraction, 6), feedback: a.feedback || null });
  }
  return { accepted: answers.filter((a) => Math.abs(a.fraction - 1) < EPS).map((a) => a.text), answers };
}

/** Pairs keep their ids across edits (same id sent back, or the same prompt), like options. */
function matchPairs(pairs: NonNullable<Input['pairs']>, previous: PairC[]): PairC[] {
  const used = new Set<string>();
  return pairs.map((p) => {
    const known =
      p.id && previous.some((x) => x.id === p.id)
        ? p.id
        : previous.find((x) => x.prompt === p.prompt && !used.has(x.id))?.id;
    let id = known && !used.has(known) ? known : optionId();
    while (used.has(id)) id = optionId();
    used.add(id);
    return { id, prompt: p.prompt, answer: p.answer };
  });
}

export const blankAnswers = (b: QuestionContent['blanks'][number]): BlankAnswerC[] =>
  b.answers ?? b.accepted.map((text) => ({ text, fraction: 1, feedback: null }));

/** The best answer a blank's response matches (wildcards: `*` any text, `\*` a star). */
function matchBlank(c: QuestionContent, b: QuestionContent['blanks'][number], given: string): BlankAnswerC | null {
  const v = normalizeBlank(given, c);
  if (v === '') return null;
  let best: BlankAnswerC | null = null;
  for (const a of blankAnswers(b)) {
    const hit = c.wildcards ? wildcard(normalizeBlank(a.text, c)).test(v) : normalizeBlank(a.text, c) === v;
    if (hit && (!best || a.fraction > best.fraction)) best = a;
  }
  return best;
}

function wildcard(pattern: string) {
  const parts = pattern
    .split(/(\\\*|\*)/)
    .map((p) => (p === '*' ? '.*' : p === '\\*' ? '\\*' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('')}$`, 'su');
}

/** A numerical response: the number and the unit after it (or before it, as in "$ 5"). */
export function readNumber(text: string) {
  const m = /^\s*(\S*?)\s*([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?)\s*(.*?)\s*$/i.exec(text.normalize('NFKC'));
  if (!m) return null;
  return { value: Number(m[2].replace(',', '.')), unit: (m[3] || m[1]).trim() };
}

function numericFraction(c: QuestionContent, text: string): { fraction: number; answer: NumericC | null } {
  const r = readNumber(text);
  if (!r || !Number.isFinite(r.value)) return { fraction: 0, answer: null };
  const units = c.units ?? [];
  let value = r.value;
  let unitRight = true;
  if (units.length) {
    const u = units.find((x) => x.unit === r.unit);
    if (u) value = r.value / u.multiplier;
    else unitRight = false;
  } else if (r.unit) return { fraction: 0, answer: null };
  let best: NumericC | null = null;
  for (const a of c.numeric ?? []) {
    const hit = a.value === null || Math.abs(value - a.value) <= a.tolerance + 1e-9 * Math.max(1, Math.abs(a.value));
    if (hit && (!best || a.fraction > best.fraction)) best = a;
  }
  if (!best) return { fraction: 0, answer: null };
  const penalty = unitRight ? 0 : (c.unitPenalty ?? 0);
  const fraction = c.unitGrading === 'question' ? best.fraction - penalty : best.fraction * (1 - penalty);
  return { fraction: Math.max(0, fraction), answer: best };
}

/** Per-answer feedback for what was answered, shown with the released result. */
export function feedbackFor(c: QuestionContent, a: Partial<AnswerInputT> | null): string[] {
  if (!a) return [];
  const out: (string | null | undefined)[] = [];
  if (c.type === 'single' || c.type === 'multiple')
    out.push(...c.options.filter((o) => a.optionIds?.includes(o.id)).map((o) => o.feedback));
  if (c.type === 'fill_blank') out.push(...c.blanks.map((b, i) => matchBlank(c, b, a.blanks?.[i] ?? '')?.feedback));
  if (c.type === 'numerical') out.push(numericFraction(c, a.text ?? '').answer?.feedback);
  return out.filter((f): f is string => !!f);
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
  if (c.type === 'matching') {
    const m = a.matches ?? {};
    const ids = new Set((c.pairs ?? []).filter((p) => p.prompt).map((p) => p.id));
    const choices = new Set((c.pairs ?? []).map((p) => p.answer));
    if (Object.keys(m).some((id) => !ids.has(id))) throw bad('unknown prompt');
    if (Object.values(m).some((v) => v !== '' && !choices.has(v))) throw bad('unknown answer');
    return { matches: m };
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
      const earned = c.blanks.reduce((s, b, i) => s + (matchBlank(c, b, a.blanks?.[i] ?? '')?.fraction ?? 0), 0);
      return round((points * earned) / c.blanks.length);
    }
    case 'matching': {
      const prompts = (c.pairs ?? []).filter((p) => p.prompt);
      const right = prompts.filter((p) => a.matches?.[p.id] === p.answer).length;
      return round((points * right) / prompts.length);
    }
    case 'numerical':
      return round(points * numericFraction(c, a.text ?? '').fraction);
  }
  return 0;
}

/** Scaled to 100 with two decimals. */
export const scaleTo100 = (raw: number, max: number) => (max > 0 ? Math.round((raw / max) * 10000) / 100 : 0);
