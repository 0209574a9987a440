import { SaxesParser } from 'saxes';
import { badRequest } from '../../../lib/errors.js';
import { categoryTag, htmlToText, percent, type Parsed } from './import-common.js';

// Moodle XML (<quiz><question type="…">). Supported: multichoice (single and multiple answers,
// answer fractions → partial credit), truefalse, shortanswer (full-credit answers → accepted
// variants of one blank; usecase → case-sensitive), essay (graderinfo → rubric), category
// (→ a tag on the questions after it), generalfeedback (→ explanation), defaultgrade (→ points),
// tags. Every other type (matching, numerical, multianswer/cloze, calculated…, description,
// drag-and-drop…) is listed with the reason and skipped.

interface El { name: string; attrs: Record<string, string>; children: El[]; text: string }

function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: false });
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => { stack.pop(); });
  parser.on('text', (s) => { stack[stack.length - 1].text += s; });
  parser.on('cdata', (s) => { stack[stack.length - 1].text += s; });
  try {
    parser.write(xml).close();
  } catch (err) {
    throw badRequest('BAD_FILE', `Not well-formed XML: ${(err as Error).message.slice(0, 200)}`, 'file');
  }
  return root;
}

const child = (el: El | undefined, name: string) => el?.children.find((c) => c.name === name);
const all = (el: El | undefined, name: string) => el?.children.filter((c) => c.name === name) ?? [];
/** The <text> inside an element (or the element's own text), as plain text. */
const textOf = (el: El | undefined) => {
  if (!el) return '';
  const t = child(el, 'text');
  return htmlToText((t ? t.text : el.text) ?? '');
};

const UNSUPPORTED: Record<string, string> = {
  matching: 'matching questions are not supported',
  numerical: 'numerical questions are not supported',
  multianswer: 'embedded answers (cloze) are not supported',
  calculated: 'calculated questions are not supported',
  calculatedsimple: 'calculated questions are not supported',
  calculatedmulti: 'calculated questions are not supported',
  description: 'a description is not a question',
  randomsamatch: 'random short-answer matching is not supported',
  random: 'random question placeholders are not supported (build a random paper instead)',
};

export function parseMoodleXml(source: string): Parsed {
  const out: Parsed = { items: [], skipped: [], errors: [] };
  const root = parseXml(source.replace(/^\uFEFF/, ''));
  const quiz = child(root, 'quiz');
  if (!quiz) throw badRequest('BAD_FILE', 'Not a Moodle XML question file: no <quiz> element', 'file');
  let category: string | null = null;
  let index = 0;
  for (const q of all(quiz, 'question')) {
    const type = q.attrs.type ?? '';
    if (type === 'category') { category = categoryTag(textOf(child(q, 'category'))); continue; }
    index += 1;
    const title = textOf(child(q, 'name'));
    const name = title || `#${index}`;
    if (type !== 'multichoice' && type !== 'truefalse' && type !== 'shortanswer' && type !== 'essay') {
      out.skipped.push({ index, name, type, reason: UNSUPPORTED[type] ?? `question type "${type}" is not supported` });
      continue;
    }
    const tags = all(child(q, 'tags'), 'tag').map(textOf).filter(Boolean);
    const grade = Number(textOf(child(q, 'defaultgrade')) || '1');
    const base = {
      title: title || undefined, stem: textOf(child(q, 'questiontext')),
      explanation: textOf(child(q, 'generalfeedback')) || undefined,
      points: grade > 0 && Number.isFinite(grade) ? grade : 1,
      tags: [...(category ? [category] : []), ...tags].slice(0, 30),
    };
    const answers = all(q, 'answer').map((a) => ({ text: textOf(a), fraction: percent(a.attrs.fraction ?? '0') }));
    if (type === 'multichoice') {
      const single = ['true', '1'].includes(textOf(child(q, 'single')).toLowerCase());
      out.items.push({ index, name, input: { ...base, type: single ? 'single' : 'multiple', options: answers } });
    } else if (type === 'truefalse') {
      const right = answers.find((a) => a.fraction >= 1);
      if (!right) { out.errors.push({ index, name, field: 'answer', message: 'no answer has fraction 100' }); continue; }
      out.items.push({ index, name, input: { ...base, type: 'true_false', answer: right.text.toLowerCase() === 'true' } });
    } else if (type === 'shortanswer') {
      const accepted = answers.filter((a) => a.fraction >= 1).map((a) => a.text).filter(Boolean);
      const caseSensitive = textOf(child(q, 'usecase')) === '1';
      out.items.push({ index, name, input: { ...base, type: 'fill_blank', blanks: [{ accepted }], caseSensitive } });
    } else {
      out.items.push({ index, name, input: { ...base, type: 'essay', rubric: textOf(child(q, 'graderinfo')) || undefined } });
    }
  }
  return out;
}
