import { PassThrough, type Readable } from 'node:stream';
import { ExcelJS } from '../../../lib/workbook.js';
import type { Db } from '../../../db/connect.js';
import { FIELDS } from './import.fields.js';
import * as repo from './import.repo.js';
import type { ImportRow } from './import.service.js';

// Files the import screens download: the template (CSV or .xlsx) and the rejected-rows report,
// written with exceljs's streaming writer page by page so a large report never sits in memory.

/** The template's language: its headers and the words of its example row (the import reads both). */
export type TemplateLang = 'zh' | 'en';

const EXAMPLE: Record<TemplateLang, Record<string, string>> = {
  zh: {
    interactionId: 'CALL-20261120-000001',
    agent: 'E1010',
    startedAt: '2026-11-20 09:15:32',
    direction: '呼入',
    channel: '语音',
    businessType: '信用卡',
    queue: '信用卡热线',
    talkSeconds: '245',
    holdSeconds: '30',
    wrapSeconds: '40',
    queueWaitSeconds: '12',
    answered: '是',
    fcr: '是',
    csat: '5',
    customerRef: 'C88012345',
    recordingUrl: 'https://recordings.example.com/20261120/000001.wav',
    transcriptUrl: '',
  },
  en: {
    interactionId: 'CALL-20261120-000001',
    agent: 'E1010',
    startedAt: '2026-11-20 09:15:32',
    direction: 'in',
    channel: 'voice',
    businessType: 'Credit cards',
    queue: 'Credit card line',
    talkSeconds: '245',
    holdSeconds: '30',
    wrapSeconds: '40',
    queueWaitSeconds: '12',
    answered: 'yes',
    fcr: 'yes',
    csat: '5',
    customerRef: 'C88012345',
    recordingUrl: 'https://recordings.example.com/20261120/000001.wav',
    transcriptUrl: '',
  },
};

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function templateCsv(lang: TemplateLang = 'zh'): string {
  const header = FIELDS.map((f) => f[lang]).join(',');
  const example = FIELDS.map((f) => csvCell(EXAMPLE[lang][f.key] ?? '')).join(',');
  return `\ufeff${header}\n${example}\n`;
}

export async function templateXlsx(lang: TemplateLang = 'zh'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('交互数据 Interactions');
  ws.columns = FIELDS.map((f) => ({
    header: f[lang],
    key: f.key,
    width: Math.max(12, f[lang].length * (lang === 'zh' ? 2 : 1) + 4),
  }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(FIELDS.map((f) => EXAMPLE[lang][f.key] ?? ''));
  const notes = wb.addWorksheet('说明 Notes');
  notes.columns = [
    { header: '列名', width: 16 },
    { header: 'Column', width: 24 },
    { header: '必填 Required', width: 14 },
    { header: '内容 What goes in it', width: 70 },
    { header: '也可用的列名 Other accepted headers', width: 60 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const f of FIELDS) notes.addRow([f.zh, f.en, f.required ? '是 yes' : '', f.hint, f.aliases.join(', ')]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The rejected rows of an import as .xlsx: a summary sheet, then every kept reject in line order. */
export function rejectsXlsx(db: Db, imp: ImportRow): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  (async () => {
    const summary = wb.addWorksheet('汇总 Summary');
    summary.columns = [
      { header: '项目 Item', width: 28 },
      { header: '值 Value', width: 60 },
    ];
    const counts = await repo.rejectCodeCounts(db, imp.id);
    const kept = counts.reduce((n, c) => n + Number(c.n), 0);
    const lines: [string, string | number][] = [
      ['文件 File', imp.file_name],
      ['格式 Format', imp.mapping_name ? `mapping:${imp.mapping_name}` : imp.format],
      ['状态 State', imp.state],
      ['读取行数 Rows read', imp.rows_read],
      ['导入 Accepted', imp.accepted],
      ['拒绝 Rejected', imp.rejected],
      ['重复（已导入）Duplicates', imp.duplicates],
      ['报告中的拒绝行 Rejected rows listed', kept],
      ...counts.map((c): [string, number] => [`原因 Reason ${c.code}`, Number(c.n)]),
    ];
    for (const l of lines) summary.addRow(l).commit();
    summary.commit();
    const ws = wb.addWorksheet('拒绝行 Rejected rows');
    ws.columns = [
      { header: '行号 Line', key: 'line', width: 10 },
      { header: '原因 Code', key: 'code', width: 22 },
      { header: '说明 Message', key: 'message', width: 70 },
      { header: '原始内容 Raw', key: 'raw', width: 100 },
    ];
    let after = 0;
    for (;;) {
      const page = await repo.rejectsAfter(db, imp.id, after, 2000);
      if (!page.length) break;
      for (const r of page) ws.addRow([r.line, r.code, r.message, r.raw]).commit();
      after = page[page.length - 1].line;
    }
    ws.commit();
    await wb.commit();
  })().catch((err) => out.destroy(err));
  return out;
}
