import { ExcelJS } from '../../../lib/workbook.js';
import type { QuestionDtoT } from '../../../../common/exams-questions.js';
import { badRequest } from '../../../lib/errors.js';
import { emptyParsed, type Parsed } from './import-common.js';

// The Excel template: Chinese headers, one row a question (GET /api/exams/questions/template).
//   题型: 单选 多选 判断 填空 匹配 数值 简答 论述      正确答案: 单选 "B"; 多选 "ACD"; 判断 "对"/"错";
//   填空: blanks separated by "|", accepted variants of one blank by "/" (e.g. "95555/955-55|工作日");
//   匹配: "甲->1|乙->2"; 数值: "3.14±0.01|3±0.2@50" (value ± tolerance, @ the share in percent);
//   Excel keeps no feedback, units, partial-credit blanks or files: use Moodle XML for those.
//   简答/论述: the reference answer.     难度: 易 中 难.     标签: separated by 、 , ，or ;
export const HEADERS = [
  '题型',
  '题目标题',
  '题干',
  '选项A',
  '选项B',
  '选项C',
  '选项D',
  '选项E',
  '选项F',
  '选项G',
  '选项H',
  '正确答案',
  '分值',
  '难度',
  '课程',
  '知识点',
  '标签',
  '解析',
  '评分标准',
  '区分大小写',
] as const;
const LETTERS = 'ABCDEFGH';
const TYPE_NAMES: Record<string, string> = {
  单选: 'single',
  单选题: 'single',
  多选: 'multiple',
  多选题: 'multiple',
  判断: 'true_false',
  判断题: 'true_false',
  填空: 'fill_blank',
  填空题: 'fill_blank',
  匹配: 'matching',
  匹配题: 'matching',
  数值: 'numerical',
  数值题: 'numerical',
  简答: 'short_answer',
  简答题: 'short_answer',
  论述: 'essay',
  论述题: 'essay',
};
const TYPE_LABEL: Record<string, string> = {
  single: '单选',
  multiple: '多选',
  true_false: '判断',
  fill_blank: '填空',
  matching: '匹配',
  numerical: '数值',
  short_answer: '简答',
  essay: '论述',
};
const DIFF: Record<string, string> = {
  易: 'easy',
  简单: 'easy',
  中: 'medium',
  中等: 'medium',
  难: 'hard',
  困难: 'hard',
  easy: 'easy',
  medium: 'medium',
  hard: 'hard',
};
const DIFF_LABEL: Record<string, string> = { easy: '易', medium: '中', hard: '难' };
const TRUE_WORDS = ['对', '正确', '是', 't', 'true', '√', 'y'];
const FALSE_WORDS = ['错', '错误', '否', 'f', 'false', '×', 'x', 'n'];

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in v) return String(v.text).trim();
    if ('result' in v) return String(v.result ?? '').trim();
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v).trim();
}

export async function parseXlsx(buffer: Buffer): Promise<Parsed> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badRequest('BAD_FILE', 'Not a readable .xlsx file', 'file');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw badRequest('BAD_FILE', 'The workbook has no sheet', 'file');
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((c, n) => col.set(cellText(c.value), n));
  const missing = ['题型', '题干', '正确答案'].filter((h) => !col.has(h));
  if (missing.length)
    throw badRequest('BAD_TEMPLATE', `Missing column(s) ${missing.join(', ')}; use the template`, 'file');
  const out: Parsed = emptyParsed();
  const get = (row: ExcelJS.Row, h: string) => (col.has(h) ? cellText(row.getCell(col.get(h)!).value) : '');
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const typeName = get(row, '题型');
    const stem = get(row, '题干');
    if (!typeName && !stem) continue;
    const name = stem.slice(0, 40) || `第${r}行`;
    const type = TYPE_NAMES[typeName];
    if (!type) {
      out.skipped.push({
        index: r,
        name,
        type: typeName,
        reason: `unknown 题型 "${typeName}" (use 单选 多选 判断 填空 简答 论述)`,
      });
      continue;
    }
    const key = get(row, '正确答案');
    const input: Record<string, unknown> = {
      type,
      stem,
      title: get(row, '题目标题') || undefined,
      explanation: get(row, '解析') || undefined,
      rubric: get(row, '评分标准') || undefined,
      course: get(row, '课程') || undefined,
      knowledgePoint: get(row, '知识点') || undefined,
      tags: get(row, '标签')
        .split(/[、,，;；]/)
        .map((s) => s.trim())
        .filter(Boolean),
      caseSensitive: TRUE_WORDS.includes(get(row, '区分大小写').toLowerCase()),
    };
    const pts = get(row, '分值');
    if (pts) input.points = Number(pts);
    const diff = get(row, '难度');
    if (diff) {
      if (!DIFF[diff.toLowerCase()]) {
        out.errors.push({ index: r, name, field: '难度', message: `难度 must be 易, 中 or 难, not "${diff}"` });
        continue;
      }
      input.difficulty = DIFF[diff.toLowerCase()];
    }
    if (type === 'single' || type === 'multiple') {
      const letters = key.toUpperCase().replace(/[\s,，、]/g, '');
      const options = [...LETTERS].map((l) => ({ letter: l, text: get(row, `选项${l}`) })).filter((o) => o.text);
      if ([...letters].some((l) => !options.some((o) => o.letter === l))) {
        out.errors.push({
          index: r,
          name,
          field: '正确答案',
          message: `正确答案 "${key}" names an option that is empty`,
        });
        continue;
      }
      input.options = options.map((o) => ({ text: o.text, correct: letters.includes(o.letter) }));
    } else if (type === 'true_false') {
      const k = key.toLowerCase();
      if (!TRUE_WORDS.includes(k) && !FALSE_WORDS.includes(k)) {
        out.errors.push({ index: r, name, field: '正确答案', message: '判断题的正确答案填 对 或 错' });
        continue;
      }
      input.answer = TRUE_WORDS.includes(k);
    } else if (type === 'fill_blank') {
      input.blanks = key.split('|').map((b) => ({
        accepted: b
          .split('/')
          .map((s) => s.trim())
          .filter(Boolean),
      }));
    } else if (type === 'matching') {
      // 甲->1|乙->2: one pair a part (a part "->x" alone is an extra wrong answer)
      input.pairs = key
        .split('|')
        .filter((p) => p.includes('->'))
        .map((p) => {
          const [a, ...b] = p.split('->');
          return { prompt: a.trim(), answer: b.join('->').trim() };
        });
    } else if (type === 'numerical') {
      // 3.14±0.01|3±0.2@50: a value, its tolerance and (after @) the share of the points
      input.numeric = key.split('|').map((p) => {
        const [v, share] = p.split('@');
        const [value, tol] = v.split('±');
        return {
          value: value.trim() === '*' ? null : Number(value),
          tolerance: Number(tol ?? 0) || 0,
          fraction: share ? Number(share) / 100 : 1,
        };
      });
    } else if (key) {
      input.referenceAnswer = key;
    }
    out.items.push({ index: r, name, input });
  }
  return out;
}

function keyOf(q: QuestionDtoT): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.map((o, i) => (o.correct ? LETTERS[i] : '')).join('');
    case 'true_false':
      return q.answer ? '对' : '错';
    case 'fill_blank':
      return q.blanks.map((b) => b.accepted.join('/')).join('|');
    case 'matching':
      return q.pairs.map((p) => `${p.prompt}->${p.answer}`).join('|');
    case 'numerical':
      return q.numeric
        .map(
          (n) =>
            `${n.value ?? '*'}${n.tolerance ? `±${n.tolerance}` : ''}${n.fraction < 1 ? `@${Math.round(n.fraction * 100000) / 1000}` : ''}`,
        )
        .join('|');
    default:
      return q.referenceAnswer ?? '';
  }
}

/** The template, empty (with two example rows) or filled with the bank. */
export async function writeXlsx(questions: QuestionDtoT[] | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow([...HEADERS]);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = i === 2 ? 48 : 14;
  });
  if (questions === null) {
    ws.addRow([
      '单选',
      '开场白',
      '接听来电时的标准开场白是？',
      '您好，很高兴为您服务',
      '喂，哪位',
      '',
      '',
      '',
      '',
      '',
      '',
      'A',
      2,
      '易',
      '服务理念与沟通技巧',
      '开场白',
      '话术',
      '标准开场白须完整规范',
      '',
      '',
    ]);
    ws.addRow([
      '填空',
      '',
      '本行客服热线是 ____',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '95555/955-55',
      2,
      '中',
      '业务知识',
      '服务渠道',
      '',
      '',
      '',
      '否',
    ]);
  } else {
    for (const q of questions) {
      const opts = [...LETTERS].map((_, i) => q.options[i]?.text ?? '');
      ws.addRow([
        TYPE_LABEL[q.type],
        q.title ?? '',
        q.stem,
        ...opts,
        keyOf(q),
        q.points,
        DIFF_LABEL[q.difficulty],
        q.course ?? '',
        q.knowledgePoint ?? '',
        q.tags.join('、'),
        q.explanation ?? '',
        q.rubric ?? '',
        q.caseSensitive ? '是' : '否',
      ]);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
