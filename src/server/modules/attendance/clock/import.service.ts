import type { ImportMapping, ImportPreviewView, RowErrorView } from '../../../../common/attendance-clock.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { centerOffset } from '../../../lib/center-time.js';
import { localDate, nowIso } from '../../../lib/clock.js';
import { AppError, badRequest } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { getSetting } from '../../../lib/settings.js';
import { guardXlsxUpload } from '../../../lib/upload-guard.js';
import { people } from '../../people/identity.service.js';
import { attendanceChanged } from '../shared/changes.js';
import { insertImport, insertPunches, punchesBetween, type PunchWrite } from './clock.repo.js';
import './days.service.js'; // registers the re-matching hook the import's attendanceChanged runs
import { parsePunchFile, punchInstant } from './import.parse.js';

// Punch imports (issue 19 item 2): a time-clock export, checked row by row, then written all or
// nothing. Synchronous on purpose: a month of a 500-agent center (62,000 rows) parses, checks,
// writes and re-matches in a few seconds (scripts/bench/attendance-clock.ts). A punch already
// stored (same person, same instant) is counted, not written again, so importing a file twice —
// or two exports that overlap — adds nothing; the same punch twice in one file is a row error.

const MAX_ERRORS_SHOWN = 1000;
const MAX_SAMPLE = 20;

interface Checked {
  preview: ImportPreviewView;
  punches: { employeeId: string; at: string; device: string | null }[];
  fresh: { employeeId: string; at: string; device: string | null }[];
}

async function check(db: Db, actor: Actor, fileName: string, data: Buffer, mapping: ImportMapping): Promise<Checked> {
  await guardXlsxUpload(db, data);
  const maxRows = await getSetting(db, 'attendance.clock.maxImportRows');
  const file = await parsePunchFile(fileName, data, mapping, maxRows);
  if (!file.rows.length) throw badRequest('EMPTY_FILE', 'The file has a header but no punches', 'file');
  const offset = await centerOffset(db);
  const byNo = new Map((await people(db, { scope: peopleScope(actor) })).map((p) => [p.employeeNo, p.id]));
  const errors: RowErrorView[] = [];
  const punches: Checked['punches'] = [];
  const inFile = new Set<string>();
  const sample: ImportPreviewView['sample'] = [];
  for (const r of file.rows) {
    const fail = (code: RowErrorView['code'], value: string | null) => errors.push({ line: r.line, code, value });
    if (!r.employeeNo) {
      fail('MISSING_EMPLOYEE_NO', null);
      continue;
    }
    const employeeId = byNo.get(r.employeeNo);
    if (!employeeId) {
      fail('UNKNOWN_EMPLOYEE', r.employeeNo);
      continue;
    }
    const at = punchInstant(r.time, r.date, offset);
    if (!at) {
      fail('BAD_TIME', [r.date, r.time].filter(Boolean).join(' ').slice(0, 100));
      continue;
    }
    if (r.device && r.device.length > 100) {
      fail('BAD_DEVICE', r.device.slice(0, 100));
      continue;
    }
    const key = `${employeeId}|${at}`;
    if (inFile.has(key)) {
      fail('DUPLICATE_IN_FILE', `${r.employeeNo} ${r.time}`);
      continue;
    }
    inFile.add(key);
    punches.push({ employeeId, at, device: r.device });
    if (sample.length < MAX_SAMPLE) sample.push({ line: r.line, employeeNo: r.employeeNo, at, device: r.device });
  }
  const times = punches.map((p) => p.at).sort();
  const ids = [...new Set(punches.map((p) => p.employeeId))];
  const stored = new Set<string>();
  if (times.length)
    for (const p of await punchesBetween(db, ids, times[0], times[times.length - 1]))
      stored.add(`${p.employee_id}|${p.at}`);
  const fresh = punches.filter((p) => !stored.has(`${p.employeeId}|${p.at}`));
  return {
    punches,
    fresh,
    preview: {
      fileName,
      columns: file.columns,
      totalRows: file.rows.length,
      accepted: punches.length,
      rejected: errors.length,
      alreadyStored: punches.length - fresh.length,
      people: ids.length,
      from: times.length ? localDate(times[0], offset) : null,
      to: times.length ? localDate(times[times.length - 1], offset) : null,
      errors: errors.slice(0, MAX_ERRORS_SHOWN),
      sample,
    },
  };
}

/** Every row checked, nothing written. */
export const previewImport = async (db: Db, actor: Actor, fileName: string, data: Buffer, mapping: ImportMapping) =>
  (await check(db, actor, fileName, data, mapping)).preview;

/** All rows or none: a file with any row error writes nothing and answers 422 with the first error. */
export async function commitImport(db: Db, actor: Actor, fileName: string, data: Buffer, mapping: ImportMapping) {
  const { preview, fresh } = await check(db, actor, fileName, data, mapping);
  if (preview.rejected) {
    const first = preview.errors[0];
    throw new AppError(
      422,
      'CLOCK_IMPORT_HAS_ERRORS',
      `${preview.rejected} row(s) have errors (first: line ${first.line}, ${first.code}); nothing was imported`,
      'file',
      { rejected: preview.rejected, line: first.line, code: first.code },
    );
  }
  const offset = await centerOffset(db);
  const importId = newId();
  const now = nowIso();
  return db.transaction().execute(async (trx) => {
    await insertImport(trx, {
      id: importId,
      file_name: fileName.slice(0, 255),
      status: 'done',
      total_rows: preview.totalRows,
      accepted: fresh.length,
      rejected: 0,
      errors: '[]',
      created_by: actor.userId,
      created_at: now,
    });
    const rows: PunchWrite[] = fresh.map((p) => ({
      id: newId(),
      employee_id: p.employeeId,
      at: p.at,
      source: 'import',
      device: p.device,
      import_id: importId,
      created_by: actor.userId,
      created_at: now,
    }));
    const added = await insertPunches(trx, rows);
    if (fresh.length) {
      const times = fresh.map((p) => p.at).sort();
      await attendanceChanged(trx, {
        employeeIds: [...new Set(fresh.map((p) => p.employeeId))],
        from: localDate(times[0], offset),
        to: localDate(times[times.length - 1], offset),
        cause: 'punches',
      });
    }
    await recordAudit(trx, actor, {
      action: 'import',
      entity: 'attendance_import',
      entityId: importId,
      newValue: {
        fileName,
        rows: preview.totalRows,
        added,
        alreadyStored: preview.accepted - added,
        from: preview.from,
        to: preview.to,
      },
    });
    return { importId, added, alreadyStored: preview.accepted - added };
  });
}
