import ExcelJS from 'exceljs';
import type { Db } from '../../../db/connect.js';
import { addDays } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import type { Client } from '../../../test/harness.js';
import { attendanceChanged } from '../shared/changes.js';
import './days.service.js';

// What the clock tests share: a published schedule written straight into the rosters part's
// table (the tests are about matching, not about building rosters), punch files and uploads.

export const OFFSET = 480; // center.utcOffsetMinutes default (China)

/** The UTC instant of a center wall-clock time. */
export const at = (day: string, hhmm: string) =>
  new Date(Date.parse(`${day}T${hhmm.length === 5 ? `${hhmm}:00` : hhmm}Z`) - OFFSET * 60_000).toISOString();

/** [day, start, end] a shift (end ≤ start: it ends the next day), [day, null] a rest day. */
export type Entry = [string, string, string] | [string, null];

/** A published roster with these entries for one person, then re-matched as the rosters part would. */
export async function schedule(db: Db, employeeId: string, entries: Entry[]) {
  const rosterId = newId();
  const now = '2027-01-01T00:00:00.000Z';
  const days = entries.map((e) => e[0]).sort();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('attendance_rosters')
      .values({
        id: rosterId,
        team_id: `clock-test-${rosterId}`,
        period_start: days[0],
        period_end: days[days.length - 1],
        status: 'published',
        published_at: now,
        published_by: null,
        version: 1,
        created_by: 'test',
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const [day, start, end] of entries) {
      const startsAt = start ? at(day, start) : null;
      const endsAt = start && end ? at(end <= start ? addDays(day, 1) : day, end) : null;
      await trx
        .deleteFrom('attendance_schedule')
        .where('employee_id', '=', employeeId)
        .where('day', '=', day)
        .execute();
      await trx
        .insertInto('attendance_schedule')
        .values({
          employee_id: employeeId,
          day,
          roster_id: rosterId,
          shift_id: start ? `shift-${start}-${end}` : null,
          starts_at: startsAt,
          ends_at: endsAt,
          work_minutes: start ? 480 : 0,
          updated_at: now,
          updated_by: null,
        })
        .execute();
    }
    await attendanceChanged(trx, {
      employeeIds: [employeeId],
      from: days[0],
      to: days[days.length - 1],
      cause: 'schedule',
    });
  });
}

/** A punch CSV in the template's Chinese headers. */
export const punchCsv = (rows: (string | null)[][], header = ['工号', '打卡时间', '设备']) =>
  Buffer.from(`\uFEFF${[header, ...rows].map((r) => r.map((c) => c ?? '').join(',')).join('\r\n')}\r\n`, 'utf8');

export async function punchXlsx(rows: ExcelJS.CellValue[][], header = ['Employee No', 'Punch Time', 'Device']) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Punches');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(fileName: string, content: Buffer, fields: Record<string, string>) {
  const boundary = `----seatwise${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const head = `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Upload a punch file to the preview (`preview`) or the import itself, with a column mapping. */
export const upload = (
  c: Client,
  step: 'preview' | 'import',
  fileName: string,
  content: Buffer,
  mapping: Record<string, string> = {},
) =>
  c.raw({
    method: 'POST',
    url: `/api/attendance/clock/${step === 'preview' ? 'import/preview' : 'import'}`,
    ...multipart(fileName, content, mapping),
  });

export const myDays = async (c: Client, from: string, to: string) => {
  const res = await c.get(`/api/attendance/my/attendance?from=${from}&to=${to}`);
  if (res.status !== 200) throw new Error(res.raw);
  return new Map((res.body.data.days as { day: string; outcome: string }[]).map((d) => [d.day, d]));
};
