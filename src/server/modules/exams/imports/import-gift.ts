import { categoryTag, htmlToText, percent, type Parsed } from './import-common.js';

// GIFT (Moodle's text format). Supported: multiple choice with one right answer ({=a ~b}, partial
// credit ~%50%), multiple answers (weights ~%50%a ~%50%b ~%-100%c), true/false ({T} {F} {TRUE}
// {FALSE}), short answer ({=a =b}, each = an accepted variant, as a one-blank fill-in), essay
// ({}), "missing word" questions (text after the braces), ::titles::, $CATEGORY: (→ a tag),
// general feedback #### (→ explanation), escapes \~ \= \# \{ \} \: and // comments.
// Not supported, listed and skipped with the reason: matching (->), numerical ({#…}), and more
// than one answer block in a question.

const ESC: Record<string, string> = { '~': '\uE000', '=': '\uE001', '#': '\uE002', '{': '\uE003', '}': '\uE004', ':': '\uE005' };
const UNESC = Object.fromEntries(Object.entries(ESC).map(([k, v]) => [v, k]));
const escape = (s: string) => s.replace(/\\([~=#{}:])/g, (_, c: string) => ESC[c]).replace(/\\n/g, '\n');
const unescape = (s: string) => s.replace(/[\uE000-\uE005]/g, (c) => UNESC[c]);
const clean = (s: string, html: boolean) => { const t = unescape(s).trim(); return html ? htmlToText(t) : t; };

interface Answer { mark: '=' | '~'; weight: number | null; text: string }

function parseAnswers(body: string): Answer[] {
  return body.split(/(?=[=~])/).map((p) => p.trim()).filter((p) => /^[=~]/.test(p)).map((p) => {
    const mark = p[0] as '=' | '~';
    let rest = p.slice(1).trim();
    let weight: number | null = null;
    const w = /^%(-?\d+(?:\.\d+)?)%/.exec(rest);
    if (w) { weight = percent(w[1]); rest = rest.slice(w[0].length); }
    return { mark, weight, text: rest.split('#')[0].trim() };
  });
}

export function parseGift(source: string): Parsed {
  const out: Parsed = { items: [], skipped: [], errors: [] };
  const text = escape(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const lines = text.split('\n').filter((l) => !/^\s*\/\//.test(l));
  const chunks = lines.join('\n').split(/\n\s*\n/).map((c) => c.trim()).filter(Boolean);
  let category: string | null = null;
  let index = 0;
  for (let chunk of chunks) {
    const cat = /^\$CATEGORY:\s*(.*)$/m.exec(chunk);
    if (cat && chunk.startsWith('$CATEGORY:')) {
      category = categoryTag(unescape(cat[1]));
      chunk = chunk.slice(cat[0].length).trim();
      if (!chunk) continue;
    }
    index += 1;
    let title = '';
    const t = /^::([\s\S]*?)::/.exec(chunk);
    if (t) { title = unescape(t[1]).trim(); chunk = chunk.slice(t[0].length).trim(); }
    let html = false;
    const f = /^\[(html|moodle|plain|markdown)\]/i.exec(chunk);
    if (f) { html = f[1].toLowerCase() === 'html'; chunk = chunk.slice(f[0].length); }
    const name = title || clean(chunk.split('{')[0], html).slice(0, 40) || `#${index}`;
    const open = chunk.indexOf('{');
    const close = chunk.indexOf('}', open);
    if (open < 0 || close < 0) {
      out.skipped.push({ index, name, type: 'description', reason: 'no answer block {…}: a description, not a question' });
      continue;
    }
    if (chunk.indexOf('{', close) >= 0) {
      out.skipped.push({ index, name, type: 'cloze', reason: 'more than one answer block in a question is not supported' });
      continue;
    }
    const before = chunk.slice(0, open).trim();
    const after = chunk.slice(close + 1).trim();
    let body = chunk.slice(open + 1, close).trim();
    let explanation: string | undefined;
    const gf = body.indexOf('####');
    if (gf >= 0) { explanation = clean(body.slice(gf + 4), html); body = body.slice(0, gf).trim(); }
    const stem = clean(after ? `${before} ____ ${after}` : before, html);
    const base = { title: title || undefined, stem, explanation, tags: category ? [category] : [] };

    if (body === '') { out.items.push({ index, name, input: { ...base, type: 'essay' } }); continue; }
    const tf = /^(T|F|TRUE|FALSE)\b/i.exec(body);
    if (tf && !/[=~]/.test(body)) {
      out.items.push({ index, name, input: { ...base, type: 'true_false', answer: tf[1].toUpperCase().startsWith('T') } });
      continue;
    }
    if (body.startsWith('#')) { out.skipped.push({ index, name, type: 'numerical', reason: 'numerical questions are not supported' }); continue; }
    const answers = parseAnswers(body);
    if (answers.some((a) => a.text.includes('->'))) { out.skipped.push({ index, name, type: 'matching', reason: 'matching questions are not supported' }); continue; }
    if (answers.length === 0) { out.errors.push({ index, name, field: 'answers', message: 'no answers could be read in {…}' }); continue; }
    const wrong = answers.filter((a) => a.mark === '~');
    const right = answers.filter((a) => a.mark === '=');
    if (wrong.length === 0) {
      // Short answer: every full-credit = is an accepted variant of one blank.
      const accepted = right.filter((a) => a.weight === null || a.weight >= 1).map((a) => clean(a.text, html)).filter(Boolean);
      out.items.push({ index, name, input: { ...base, type: 'fill_blank', blanks: [{ accepted }] } });
      continue;
    }
    const multi = right.length === 0 || right.length > 1;
    const options = answers.map((a) => ({
      text: clean(a.text, html),
      fraction: a.mark === '=' ? (a.weight ?? (multi ? 1 / right.length : 1)) : (a.weight ?? 0),
    }));
    out.items.push({ index, name, input: { ...base, type: multi ? 'multiple' : 'single', options } });
  }
  return out;
}
