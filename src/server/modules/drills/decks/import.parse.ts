import type { CardKind } from '../../../../common/drills.js';
import type { Db } from '../../../db/connect.js';
import { badRequest } from '../../../lib/errors.js';
import { badXlsx, cellValue, firstSheetOf } from '../../../lib/workbook.js';

// The cards file: a header row (卡组, 类型, 题目, 答案, 选项, 知识点 — or the English words of the
// template) and one card a row. Only the shape of the file lives here; which decks exist and what
// a card must hold are checked by import.service.ts.

export const COLUMNS = ['deck', 'kind', 'prompt', 'answer', 'choices', 'knowledgePoint'] as const;
export type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['deck', 'kind', 'prompt', 'answer'];

/** The words a header cell may hold for each column, normalised (no spaces, lower case). */
const HEADER_WORDS: Record<Column, string[]> = {
  deck: ['卡组', '卡组名称', 'deck'],
  kind: ['类型', '卡片类型', 'kind', 'type'],
  prompt: ['题目', '提示', 'prompt', 'question'],
  answer: ['答案', 'answer'],
  choices: ['选项', 'choices', 'options'],
  knowledgePoint: ['知识点', 'knowledgepoint'],
};

/** Kind names in the file: the codes and the Chinese names trainers use. */
const KIND_WORDS: Record<string, CardKind> = {
  recall: 'recall',
  默写: 'recall',
  默写题: 'recall',
  choice: 'choice',
  选择: 'choice',
  选择题: 'choice',
  cloze: 'cloze',
  填空: 'cloze',
  填空题: 'cloze',
  read_aloud: 'read_aloud',
  朗读: 'read_aloud',
  朗读题: 'read_aloud',
};

export const kindOf = (word: string): CardKind | null => KIND_WORDS[word.trim().toLowerCase()] ?? null;

/** Options are separated by | (a full-width ｜ too); blank ones are dropped. */
export const splitChoices = (text: string) =>
  text
    .split(/[|｜]/)
    .map((s) => s.trim())
    .filter(Boolean);

export interface FileRow {
  line: number;
  cells: Record<Column, string>;
}

const norm = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .replace(/[\s_*-]/g, '')
    .toLowerCase();

/** An uploaded .xlsx → its rows by column; 400 with a clear code when the file is unusable. */
export async function parseCardsFile(db: Db, fileName: string, buf: Buffer, maxRows: number): Promise<FileRow[]> {
  if (!/\.xlsx$/i.test(fileName))
    throw badRequest('UNSUPPORTED_FILE_TYPE', 'Upload a .xlsx file (download the template)', 'file');
  if (!buf.length) throw badRequest('EMPTY_FILE', 'The file is empty', 'file');
  if (!buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw badXlsx();
  const ws = await firstSheetOf(db, buf);
  const grid: Array<{ line: number; cells: string[] }> = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = String(cellValue(cell.value) ?? '').trim();
    });
    grid.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  const at = grid.slice(0, 10).findIndex((r) => r.cells.some((c) => HEADER_WORDS.deck.includes(norm(c))));
  const index = new Map<Column, number>();
  if (at >= 0)
    grid[at].cells.forEach((c, i) => {
      const col = COLUMNS.find((k) => HEADER_WORDS[k].includes(norm(c)));
      if (col && !index.has(col)) index.set(col, i);
    });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length)
    throw badRequest(
      'MISSING_COLUMNS',
      `The header row must name the columns 卡组, 类型, 题目, 答案 (missing: ${missing.join(', ')}); download the template`,
      'file',
    );
  const rows: FileRow[] = [];
  for (const r of grid.slice(at + 1)) {
    if (r.cells.every((c) => !c) || r.cells[0]?.startsWith('#')) continue;
    if (rows.length >= maxRows)
      throw badRequest('TOO_MANY_ROWS', `A cards file may hold at most ${maxRows} rows (drills.maxImportRows)`, 'file');
    const cells = Object.fromEntries(COLUMNS.map((c) => [c, index.has(c) ? (r.cells[index.get(c)!] ?? '') : '']));
    rows.push({ line: r.line, cells: cells as Record<Column, string> });
  }
  return rows;
}
