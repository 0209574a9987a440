import type { QuestionDtoT } from '../../../../common/exams-questions.js';
import { IMAGE_TOKEN, walkBank } from './import-common.js';

// The bank as GIFT (Moodle's "GIFT format"), read back by import-gift.ts into the same questions.
// GIFT has no files, units, points, tags or case flag: what a question loses is listed in
// comments at the top of the file.

const esc = (s: string) => s.replace(/([~=#{}:])/g, '\\$1').replace(/\n/g, '\\n');
const weight = (f: number) => `%${Math.round(f * 100 * 100_000) / 100_000}%`;
const fb = (f: string | null) => (f ? `#${esc(f)}` : '');

export function exportGift(questions: QuestionDtoT[]) {
  const out: string[] = [];
  const lost = walkBank(questions, (q, lose, newCategory) => {
    if (q.files.length || IMAGE_TOKEN.test(q.stem)) lose('embedded files (GIFT carries none)');
    IMAGE_TOKEN.lastIndex = 0;
    if (q.points !== 1 || q.tags.length) lose('points and tags');
    let body: string;
    if (q.type === 'single' || q.type === 'multiple') {
      body = q.options
        .map(
          (o) =>
            (q.type === 'single' && o.fraction === 1
              ? `=${esc(o.text)}`
              : `~${o.fraction ? weight(o.fraction) : ''}${esc(o.text)}`) + fb(o.feedback),
        )
        .join(' ');
    } else if (q.type === 'true_false') {
      body = q.answer ? 'TRUE' : 'FALSE';
    } else if (q.type === 'fill_blank') {
      if (q.blanks.length > 1) lose(`only the first of ${q.blanks.length} blanks`);
      if (q.caseSensitive) lose('case-sensitive matching');
      body = q.blanks[0].answers.map((a) => `=${weight(a.fraction)}${esc(a.text)}${fb(a.feedback)}`).join(' ');
    } else if (q.type === 'numerical') {
      if (q.units.length) lose('units');
      body = `#${q.numeric.map((n) => `=${weight(n.fraction)}${n.value ?? '*'}:${n.tolerance}${fb(n.feedback)}`).join(' ')}`;
    } else if (q.type === 'matching') {
      body = q.pairs.map((p) => `=${esc(p.prompt)} -> ${esc(p.answer)}`).join(' ');
    } else {
      if (q.rubric || q.referenceAnswer) lose('the rubric and the reference answer');
      body = '';
    }
    const general = q.explanation ? `####${esc(q.explanation)}` : '';
    const head = newCategory ? `$CATEGORY: ${q.category}\n\n` : '';
    out.push(`${head}${q.title ? `::${esc(q.title)}::` : ''}${esc(q.stem)}{${body}${general ? ` ${general}` : ''}}`);
  });
  const note = lost.length
    ? `// Not kept in this file:\n${lost.map((l) => `//   ${l.replace(/\n/g, ' ')}`).join('\n')}\n\n`
    : '';
  return { text: `${note}${out.join('\n\n')}\n`, lost };
}
