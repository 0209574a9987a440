import ExcelJS from 'exceljs';
import type { Db } from '../../../db/connect.js';
import { type Client } from '../../../test/harness.js';

// Files and requests for the roster import tests (roster*.test.ts).

export const HEADERS = [
  '工号',
  '姓名',
  '性别',
  '入职日期',
  '部门',
  '班组',
  '状态',
  '直属上级工号',
  '岗位',
  '手机',
  '邮箱',
  '业务技能',
] as const;

export type Cells = Partial<Record<(typeof HEADERS)[number], string>>;

export const person = (no: string, extra: Cells = {}): Cells => ({
  工号: no,
  姓名: `测试${no}`,
  性别: '女',
  入职日期: '2025-06-02',
  部门: '客户服务一处',
  班组: '零售业务一组',
  状态: '培训期',
  岗位: '坐席',
  手机: '13800000000',
  邮箱: `${no.toLowerCase().replace(/[^a-z0-9]/g, '') || 'x'}@example.com`,
  业务技能: '信用卡;储蓄业务',
  ...extra,
});

export function csvFile(rows: Cells[], headers: readonly string[] = HEADERS): Buffer {
  const esc = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [headers, ...rows.map((r) => headers.map((h) => r[h as keyof Cells] ?? ''))];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(esc).join(',')).join('\r\n')}\r\n`, 'utf8');
}

export async function xlsxFile(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  for (const r of rows) ws.addRow(r);
  ws.getColumn(4).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(fileName: string, content: Buffer, field = 'file') {
  const boundary = `----seatwise${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const upload = (c: Client, fileName: string, content: Buffer, field = 'file') =>
  c.raw({ method: 'POST', url: '/api/roster/imports', ...multipart(fileName, content, field) });

export const commit = (c: Client, id: string) => c.post(`/api/roster/imports/${id}/commit`, {});

export type CountedTable = 'employees' | 'employee_status_history' | 'employee_team_history' | 'audit_log';
export const countRows = async (db: Db, table: CountedTable) =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
