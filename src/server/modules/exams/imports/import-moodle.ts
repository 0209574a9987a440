import { SaxesParser } from 'saxes';
import { badRequest } from '../../../lib/errors.js';
import { normalizeCategory } from '../questions/category.js';
import { badGrade, embed, emptyParsed, imagesIn, percent, textIn, type Parsed } from './import-common.js';

// Moodle XML (<quiz><question type="…">), as Moodle's "Moodle XML format" page documents it.
// Kept: multichoice (single and multiple, answer grades and feedback), truefalse, shortanswer
// (every answer with its grade and feedback, `*` wildcards, usecase), numerical (answers with
// tolerance, units with multipliers, unit penalty), matching (subquestions; one without text is
// an extra wrong answer), essay (graderinfo → rubric), category (the path), generalfeedback,
// defaultgrade, tags and files embedded as base64 (@@PLUGINFILE@@). Other types (cloze,
// calculated, description, drag-and-drop…) are listed with the reason and skipped; what a kept
// question loses is listed as a warning.

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: false });
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (s) => {
    stack[stack.length - 1].text += s;
  });
  parser.on('cdata', (s) => {
    stack[stack.length - 1].text += s;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    throw badRequest('BAD_FILE', `Not well-formed XML: ${(err as Error).message.slice(0, 200)}`, 'file');
  }
  return root;
}

const child = (el: El | undefined, name: string) => el?.children.find((c) => c.name === name);
const all = (el: El | undefined, name: string) => el?.children.filter((c) => c.name === name) ?? [];
const raw = (el: El | undefined) => (el ? (child(el, 'text')?.text ?? el.text ?? '') : '').trim();
/** The <text> inside an element, in the element's format, as plain text with image tokens. */
const textOf = (el: El | undefined) => (el ? textIn(el.attrs.format, child(el, 'text')?.text ?? el.text ?? '') : '');
const descendants = (el: El, name: string): El[] =>
  el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);

const UNSUPPORTED: Record<string, string> = {
  multianswer: 'embedded answers (cloze) are not supported',
  calculated: 'calculated questions are not supported',
  calculatedsimple: 'calculated questions are not supported',
  calculatedmulti: 'calculated questions are not supported',
  description: 'a description is not a question',
  randomsamatch: 'random short-answer matching is not supported',
  random: 'random question placeholders are not supported (build a random paper instead)',
};
const TYPES = ['multichoice', 'truefalse', 'shortanswer', 'essay', 'numerical', 'matching'];

export function parseMoodleXml(source: string): Parsed {
  const out = emptyParsed();
  const root = parseXml(source.replace(/^\uFEFF/, ''));
  const quiz = child(root, 'quiz');
  if (!quiz) throw badRequest('BAD_FILE', 'Not a Moodle XML question file: no <quiz> element', 'file');
  let category: string | null = null;
  let index = 0;
  for (const q of all(quiz, 'question')) {
    const type = q.attrs.type ?? '';
    if (type === 'category') {
      category = normalizeCategory(raw(child(q, 'category')));
      continue;
    }
    index += 1;
    const title = raw(child(q, 'name'));
    const name = title || `#${index}`;
    if (!TYPES.includes(type)) {
      out.skipped.push({ index, name, type, reason: UNSUPPORTED[type] ?? `question type "${type}" is not supported` });
      continue;
    }
    const warn = (message: string) => out.warnings.push({ index, name, message });
    const reject = (field: string, message: string) => out.errors.push({ index, name, field, message });
    const files = descendants(q, 'file')
      .filter((f) => f.attrs.name)
      .map((f) => embed(out.files, f.attrs.name, f.text));
    const tags = all(child(q, 'tags'), 'tag').map(raw).filter(Boolean);
    const grade = Number(raw(child(q, 'defaultgrade')) || '1');
    const base = {
      title: title || undefined,
      stem: textOf(child(q, 'questiontext')),
      explanation: textOf(child(q, 'generalfeedback')) || undefined,
      points: grade > 0 && Number.isFinite(grade) ? grade : 1,
      tags: tags.slice(0, 30),
      category: category ?? undefined,
      files: files.length ? files : undefined,
    };
    const answers = all(q, 'answer').map((a) => ({
      raw: a.attrs.fraction ?? '0',
      fraction: percent(a.attrs.fraction ?? '0'),
      text: textOf(a),
      feedback: textOf(child(a, 'feedback')) || undefined,
      el: a,
    }));
    const grades = answers.map((a) => badGrade(a.raw, type === 'multichoice')).filter(Boolean);
    if (grades.length) {
      reject('answers', grades[0]!);
      continue;
    }
    for (const f of ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback']) {
      if (textOf(child(q, f))) warn(`${f} is not kept (the answers' own feedback and the general feedback are)`);
    }
    const missing = [base.stem, base.explanation ?? '', ...answers.flatMap((a) => [a.text, a.feedback ?? ''])]
      .flatMap(imagesIn)
      .filter((n) => !files.some((f) => f.name === n));
    if (missing.length) warn(`the file does not hold ${[...new Set(missing)].join(', ')}: the image is not shown`);

    if (type === 'multichoice') {
      const single = ['true', '1'].includes(raw(child(q, 'single')).toLowerCase());
      const options = answers.map((a) => ({ text: a.text, fraction: a.fraction, feedback: a.feedback }));
      const best = single
        ? Math.max(...options.map((o) => o.fraction))
        : options.filter((o) => o.fraction > 0).reduce((s, o) => s + o.fraction, 0);
      if (Math.abs(best - 1) > 0.02) {
        reject(
          'options',
          single
            ? 'no answer is worth 100%, so nobody can get full marks'
            : `the right answers add up to ${Math.round(best * 1000) / 10}%, not 100%`,
        );
        continue;
      }
      out.items.push({ index, name, input: { ...base, type: single ? 'single' : 'multiple', options } });
    } else if (type === 'truefalse') {
      const right = answers.find((a) => a.fraction >= 1);
      if (!right) {
        reject('answer', 'no answer is worth 100%');
        continue;
      }
      if (answers.some((a) => a.feedback)) warn('the feedback of true and false is not kept');
      out.items.push({
        index,
        name,
        input: { ...base, type: 'true_false', answer: right.text.toLowerCase() === 'true' },
      });
    } else if (type === 'shortanswer') {
      if (!answers.some((a) => a.fraction >= 1)) {
        reject('answers', 'no answer is worth 100%, so nobody can get full marks');
        continue;
      }
      out.items.push({
        index,
        name,
        input: {
          ...base,
          type: 'fill_blank',
          wildcards: true,
          ignoreSpaces: false,
          caseSensitive: raw(child(q, 'usecase')) === '1',
          blanks: [
            {
              accepted: [],
              answers: answers
                .filter((a) => a.text)
                .map((a) => ({ text: a.text, fraction: a.fraction, feedback: a.feedback })),
            },
          ],
        },
      });
    } else if (type === 'numerical') {
      const numeric = answers.map((a) => ({
        value: a.text.trim() === '*' ? null : Number(a.text),
        tolerance: Number(raw(child(a.el, 'tolerance')) || '0'),
        fraction: a.fraction,
        feedback: a.feedback,
      }));
      if (numeric.some((n) => (n.value !== null && !Number.isFinite(n.value)) || !Number.isFinite(n.tolerance))) {
        reject('numeric', 'an answer is not a number');
        continue;
      }
      if (!numeric.some((n) => n.fraction >= 1)) {
        reject('numeric', 'no answer is worth 100%, so nobody can get full marks');
        continue;
      }
      const units = all(child(q, 'units'), 'unit').map((u) => ({
        unit: raw(child(u, 'unit_name')),
        multiplier: Number(raw(child(u, 'multiplier')) || '1'),
      }));
      const gradingType = raw(child(q, 'unitgradingtype'));
      out.items.push({
        index,
        name,
        input: {
          ...base,
          type: 'numerical',
          numeric,
          units,
          unitPenalty: gradingType === '1' || gradingType === '2' ? Number(raw(child(q, 'unitpenalty')) || '0') : 0,
          unitGrading: gradingType === '2' ? 'question' : 'response',
        },
      });
    } else if (type === 'matching') {
      const pairs = all(q, 'subquestion').map((s) => ({ prompt: textOf(s), answer: raw(child(s, 'answer')) }));
      out.items.push({ index, name, input: { ...base, type: 'matching', pairs } });
    } else {
      out.items.push({
        index,
        name,
        input: { ...base, type: 'essay', rubric: textOf(child(q, 'graderinfo')) || undefined },
      });
    }
  }
  return out;
}
