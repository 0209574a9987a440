import type { QuestionDtoT } from '../../../../common/exams-questions.js';
import { IMAGE_TOKEN, walkBank } from './import-common.js';

// The bank as Moodle XML (Moodle's "Moodle XML format"), read back by import-moodle.ts into the
// same questions. What Moodle XML has no place for is listed in a comment at the top.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
/** Plain text (with image tokens) as the HTML Moodle shows. */
const html = (s: string) =>
  esc(s)
    .replace(IMAGE_TOKEN, (_m, alt: string, name: string) => `<img src="@@PLUGINFILE@@/${name}" alt="${alt}">`)
    .replace(/\n/g, '<br>');
const text = (tag: string, s: string, inner = '') =>
  `<${tag} format="html"><text>${cdata(html(s))}</text>${inner}</${tag}>`;
const plain = (tag: string, s: string) => `<${tag}><text>${esc(s)}</text></${tag}>`;
const grade = (f: number) => String(Math.round(f * 100 * 100_000) / 100_000);
const feedback = (f: string | null) => (f ? text('feedback', f) : '');

export type FileData = Map<string, string>; // hash → base64

export function exportMoodleXml(questions: QuestionDtoT[], data: FileData) {
  const out: string[] = [];
  const lost = walkBank(questions, (q, lose, newCategory) => {
    const name = q.title ?? q.stem.slice(0, 40);
    if (newCategory)
      out.push(`  <question type="category"><category><text>${esc(q.category!)}</text></category></question>`);
    const files = q.files
      .map((f) => `<file name="${esc(f.name)}" path="/" encoding="base64">${data.get(f.hash) ?? ''}</file>`)
      .join('');
    const head = [
      plain('name', name),
      text('questiontext', q.stem, files),
      text('generalfeedback', q.explanation ?? ''),
      `<defaultgrade>${q.points}</defaultgrade>`,
    ];
    const tags = q.tags.length ? `<tags>${q.tags.map((t) => plain('tag', t)).join('')}</tags>` : '';
    if (q.difficulty !== 'medium' || q.course || q.knowledgePoint)
      lose('difficulty, course and knowledge point have no place in Moodle XML');
    let type: string;
    let body: string[];
    if (q.type === 'single' || q.type === 'multiple') {
      type = 'multichoice';
      body = [
        `<single>${q.type === 'single'}</single>`,
        ...q.options.map(
          (o) =>
            `<answer fraction="${grade(o.fraction)}" format="html"><text>${cdata(html(o.text))}</text>${feedback(o.feedback)}</answer>`,
        ),
      ];
    } else if (q.type === 'true_false') {
      type = 'truefalse';
      body = [true, false].map((v) => `<answer fraction="${v === q.answer ? 100 : 0}"><text>${v}</text></answer>`);
    } else if (q.type === 'fill_blank') {
      type = 'shortanswer';
      if (q.blanks.length > 1) lose(`only the first of ${q.blanks.length} blanks (a Moodle short answer has one)`);
      if (!q.wildcards && q.blanks[0].answers.some((a) => a.text.includes('*')))
        lose('a * in an answer becomes a wildcard');
      body = [
        `<usecase>${q.caseSensitive ? 1 : 0}</usecase>`,
        ...q.blanks[0].answers.map(
          (a) =>
            `<answer fraction="${grade(a.fraction)}" format="plain_text"><text>${esc(a.text)}</text>${feedback(a.feedback)}</answer>`,
        ),
      ];
    } else if (q.type === 'numerical') {
      type = 'numerical';
      body = [
        ...q.numeric.map(
          (n) =>
            `<answer fraction="${grade(n.fraction)}"><text>${n.value ?? '*'}</text><tolerance>${n.tolerance}</tolerance>${feedback(n.feedback)}</answer>`,
        ),
        ...(q.units.length
          ? [
              `<units>${q.units.map((u) => `<unit><multiplier>${u.multiplier}</multiplier><unit_name>${esc(u.unit)}</unit_name></unit>`).join('')}</units>`,
              `<unitgradingtype>${q.unitPenalty ? (q.unitGrading === 'question' ? 2 : 1) : 0}</unitgradingtype>`,
              `<unitpenalty>${q.unitPenalty}</unitpenalty>`,
              '<showunits>0</showunits>',
              '<unitsleft>0</unitsleft>',
            ]
          : []),
      ];
    } else if (q.type === 'matching') {
      type = 'matching';
      body = [
        '<shuffleanswers>true</shuffleanswers>',
        ...q.pairs.map(
          (p) =>
            `<subquestion format="html"><text>${cdata(html(p.prompt))}</text><answer><text>${esc(p.answer)}</text></answer></subquestion>`,
        ),
      ];
    } else {
      type = 'essay';
      if (q.referenceAnswer) lose('the reference answer has no place in a Moodle essay');
      body = ['<responseformat>editor</responseformat>', ...(q.rubric ? [text('graderinfo', q.rubric)] : [])];
    }
    out.push(
      `  <question type="${type}">\n    ${[...head, ...body, tags].filter(Boolean).join('\n    ')}\n  </question>`,
    );
  });
  const note = lost.length
    ? `<!-- Not kept in this file:\n${lost.map((l) => `  ${l.replace(/--/g, '- -')}`).join('\n')}\n-->\n`
    : '';
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${note}<quiz>\n${out.join('\n')}\n</quiz>\n`, lost };
}
