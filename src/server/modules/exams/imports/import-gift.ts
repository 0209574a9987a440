import { normalizeCategory } from '../questions/category.js';
import { badGrade, emptyParsed, imagesIn, percent, textIn, type Parsed } from './import-common.js';

// GIFT (Moodle's text format), as Moodle's "GIFT format" page documents it: multiple choice
// ({=a ~b}, ~%50% partial credit, #feedback per answer), multiple answers (~%50%a ~%-100%c),
// true/false ({T} {FALSE}), short answer ({=a =%50%b}, `*` wildcards), matching
// ({=prompt -> answer}), numerical ({#3.14:0.01}, {#1..5}, {#=%50%3:1}), essay ({}),
// "missing word" (text after the braces), ::titles::, $CATEGORY: (the path), general feedback
// ####, the format markers [html] [moodle] [plain] [markdown] (on the question and on each
// answer and feedback; never left in the text), escapes \~ \= \# \{ \} \: and // comments.
// Not supported, listed and skipped with the reason: more than one answer block (cloze).

const ESC: Record<string, string> = {
  '~': '\uE000',
  '=': '\uE001',
  '#': '\uE002',
  '{': '\uE003',
  '}': '\uE004',
  ':': '\uE005',
};
const UNESC = Object.fromEntries(Object.entries(ESC).map(([k, v]) => [v, k]));
const escape = (s: string) => s.replace(/\\([~=#{}:])/g, (_, c: string) => ESC[c]).replace(/\\n/g, '\n');
const unescape = (s: string) => s.replace(/[\uE000-\uE005]/g, (c) => UNESC[c]);
const MARKER = /^\s*\[(html|moodle|plain|markdown)\]/i;

/** A text with its own marker, or else the question's format. */
function clean(s: string, format: string) {
  const m = MARKER.exec(s);
  const f = m ? m[1].toLowerCase() : format;
  const t = unescape(m ? s.slice(m[0].length) : s).trim();
  return textIn(f === 'html' ? 'html' : f, t);
}

interface Answer {
  mark: '=' | '~';
  weight: number | null;
  rawWeight: string | null;
  text: string;
  feedback: string;
}

function parseAnswers(body: string): Answer[] {
  return body
    .split(/(?=[=~])/)
    .map((p) => p.trim())
    .filter((p) => /^[=~]/.test(p))
    .map((p) => {
      const mark = p[0] as '=' | '~';
      let rest = p.slice(1).trim();
      let weight: number | null = null;
      let rawWeight: string | null = null;
      const w = /^%(-?\d+(?:\.\d+)?)%/.exec(rest);
      if (w) {
        rawWeight = w[1];
        weight = percent(w[1]);
        rest = rest.slice(w[0].length);
      }
      const hash = rest.indexOf('#');
      return {
        mark,
        weight,
        rawWeight,
        text: hash >= 0 ? rest.slice(0, hash) : rest,
        feedback: hash >= 0 ? rest.slice(hash + 1) : '',
      };
    });
}

/** `3.14:0.01`, `1..5` or `3.14` as a value and a tolerance. */
function numberSpec(s: string) {
  const t = unescape(s).trim();
  const range = /^(-?[\d.]+(?:e-?\d+)?)\s*\.\.\s*(-?[\d.]+(?:e-?\d+)?)$/i.exec(t);
  if (range) {
    const lo = Number(range[1]);
    const hi = Number(range[2]);
    return { value: (lo + hi) / 2, tolerance: Math.abs(hi - lo) / 2 };
  }
  const [v, tol] = t.split(':');
  return { value: v.trim() === '*' ? null : Number(v), tolerance: tol === undefined ? 0 : Number(tol) };
}

export function parseGift(source: string): Parsed {
  const out = emptyParsed();
  const text = escape(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const lines = text.split('\n').filter((l) => !/^\s*\/\//.test(l));
  const chunks = lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((c) => c.trim())
    .filter(Boolean);
  let category: string | null = null;
  let index = 0;
  for (let chunk of chunks) {
    const cat = /^\$CATEGORY:\s*(.*)$/m.exec(chunk);
    if (cat && chunk.startsWith('$CATEGORY:')) {
      category = normalizeCategory(unescape(cat[1]));
      chunk = chunk.slice(cat[0].length).trim();
      if (!chunk) continue;
    }
    index += 1;
    let title = '';
    const t = /^::([\s\S]*?)::/.exec(chunk);
    if (t) {
      title = unescape(t[1]).trim();
      chunk = chunk.slice(t[0].length).trim();
    }
    let format = 'moodle';
    const f = MARKER.exec(chunk);
    if (f) {
      format = f[1].toLowerCase();
      chunk = chunk.slice(f[0].length);
    }
    const open = chunk.indexOf('{');
    const close = chunk.indexOf('}', open);
    const name = title || clean(chunk.slice(0, open < 0 ? undefined : open), format).slice(0, 40) || `#${index}`;
    const warn = (message: string) => out.warnings.push({ index, name, message });
    const reject = (field: string, message: string) => out.errors.push({ index, name, field, message });
    if (open < 0 || close < 0) {
      out.skipped.push({
        index,
        name,
        type: 'description',
        reason: 'no answer block {…}: a description, not a question',
      });
      continue;
    }
    if (chunk.indexOf('{', close) >= 0) {
      out.skipped.push({
        index,
        name,
        type: 'cloze',
        reason: 'more than one answer block in a question is not supported',
      });
      continue;
    }
    const before = chunk.slice(0, open).trim();
    const after = chunk.slice(close + 1).trim();
    let body = chunk.slice(open + 1, close).trim();
    let explanation: string | undefined;
    const gf = body.indexOf('####');
    if (gf >= 0) {
      explanation = clean(body.slice(gf + 4), format) || undefined;
      body = body.slice(0, gf).trim();
    }
    const stem = clean(after ? `${before} ____ ${after}` : before, format);
    const base = { title: title || undefined, stem, explanation, category: category ?? undefined };
    if (imagesIn(`${stem}\n${body}`).length) warn('GIFT carries no files: the images it refers to are not shown');

    if (body === '') {
      out.items.push({ index, name, input: { ...base, type: 'essay' } });
      continue;
    }
    const tf = /^(TRUE|FALSE|T|F)(?![\w])/i.exec(body);
    if (tf && !/[=~]/.test(body)) {
      if (body.slice(tf[0].length).includes('#')) warn('the feedback of true and false is not kept');
      out.items.push({
        index,
        name,
        input: { ...base, type: 'true_false', answer: tf[1].toUpperCase().startsWith('T') },
      });
      continue;
    }
    if (body.startsWith('#')) {
      const spec = body.slice(1).trim();
      const parts = /^[=~]/.test(spec)
        ? parseAnswers(spec)
        : [
            {
              mark: '=' as const,
              weight: null,
              rawWeight: null,
              ...(() => {
                const h = spec.indexOf('#');
                return { text: h >= 0 ? spec.slice(0, h) : spec, feedback: h >= 0 ? spec.slice(h + 1) : '' };
              })(),
            },
          ];
      const bad = parts.map((p) => (p.rawWeight === null ? null : badGrade(p.rawWeight, false))).find(Boolean);
      if (bad) {
        reject('numeric', bad);
        continue;
      }
      const numeric = parts.map((p) => ({
        ...numberSpec(p.text),
        fraction: p.weight ?? (p.mark === '=' ? 1 : 0),
        feedback: clean(p.feedback, format) || undefined,
      }));
      if (numeric.some((n) => (n.value !== null && !Number.isFinite(n.value)) || !Number.isFinite(n.tolerance))) {
        reject('numeric', 'an answer is not a number');
        continue;
      }
      out.items.push({ index, name, input: { ...base, type: 'numerical', numeric } });
      continue;
    }
    const answers = parseAnswers(body);
    if (answers.length === 0) {
      reject('answers', 'no answers could be read in {…}');
      continue;
    }
    const wrong = answers.filter((a) => a.mark === '~');
    const right = answers.filter((a) => a.mark === '=');
    if (answers.some((a) => a.text.includes('->'))) {
      const pairs = answers.map((a) => {
        const [p, ...r] = a.text.split('->');
        return { prompt: clean(p, format), answer: clean(r.join('->'), format) };
      });
      out.items.push({ index, name, input: { ...base, type: 'matching', pairs } });
      continue;
    }
    const bad = answers
      .map((a) => (a.rawWeight === null ? null : badGrade(a.rawWeight, wrong.length > 0)))
      .find(Boolean);
    if (bad) {
      reject('answers', bad);
      continue;
    }
    if (wrong.length === 0) {
      // Short answer: every = is an accepted answer, worth its weight (100% when none is given).
      const list = right
        .map((a) => ({
          text: clean(a.text, format),
          fraction: a.weight ?? 1,
          feedback: clean(a.feedback, format) || undefined,
        }))
        .filter((a) => a.text);
      if (!list.some((a) => a.fraction >= 1)) {
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
          blanks: [{ accepted: [], answers: list }],
        },
      });
      continue;
    }
    const multi = right.length === 0 || right.length > 1;
    const options = answers.map((a) => ({
      text: clean(a.text, format),
      feedback: clean(a.feedback, format) || undefined,
      fraction: a.mark === '=' ? (a.weight ?? (multi ? 1 / right.length : 1)) : (a.weight ?? 0),
    }));
    const best = multi
      ? options.filter((o) => o.fraction > 0).reduce((s, o) => s + o.fraction, 0)
      : Math.max(...options.map((o) => o.fraction));
    if (Math.abs(best - 1) > 0.02) {
      reject(
        'options',
        multi
          ? `the right answers add up to ${Math.round(best * 1000) / 10}%, not 100%`
          : 'no answer is worth 100%, so nobody can get full marks',
      );
      continue;
    }
    out.items.push({ index, name, input: { ...base, type: multi ? 'multiple' : 'single', options } });
  }
  return out;
}
