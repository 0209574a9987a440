import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../db/connect.js';
import { badRequest } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { uploadTooLarge, withinUploadLimit } from '../../../lib/upload-limit.js';
import { cellValue, firstSheetOf } from '../../../lib/workbook.js';

// An .xlsx of external values (sales): the first sheet, column A the employee number, column B the
// value, the first row headers. Empty lines are skipped; every other line is a row to check.

export async function readExternalXlsx(db: Db, req: FastifyRequest) {
  const maxMb = await getSetting(db, 'people.rosterMaxUploadMb');
  const file = req.isMultipart() ? await req.file({ limits: { fileSize: maxMb * 1024 * 1024, files: 1 } }) : undefined;
  if (!file || file.fieldname !== 'file')
    throw badRequest('MISSING_FILE', 'Send the workbook as a multipart form field named "file"', 'file');
  const buf = await withinUploadLimit(
    () => file.toBuffer(),
    () => uploadTooLarge(maxMb, 'people.rosterMaxUploadMb'),
  );
  const ws = await firstSheetOf(db, buf);
  const rows: { employeeNo: string; value: string | number | null; line: number }[] = [];
  for (let line = 2; line <= ws.rowCount; line++) {
    const r = ws.getRow(line);
    const no = cellValue(r.getCell(1).value);
    const value = cellValue(r.getCell(2).value);
    if ((no === null || String(no).trim() === '') && (value === null || String(value).trim() === '')) continue;
    rows.push({ employeeNo: no === null ? '' : String(no), value, line });
  }
  if (!rows.length) throw badRequest('EMPTY_FILE', 'The workbook has no rows under its header', 'file');
  return { fileName: file.filename || 'values.xlsx', rows };
}
