import type { RosterImportPreviewView } from '../../../../common/attendance-rosters.js';
import type { Locale } from '../../../../common/roles.js';
import { EMPLOYEE_STATUSES } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { centerOffset } from '../../../lib/center-time.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { AppError, conflict } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { guardXlsxUpload } from '../../../lib/upload-guard.js';
import { searchPeople, teamsOf } from '../../people/identity.service.js';
import { parseRosterGrid, REST_MARKS, type RosterFile } from './import.parse.js';
import { rosterTemplate } from './import.template.js';
import { bumpRoster, type RosterRow } from './rosters.repo.js';
import { loadEditable, rosterMembers, writeCells } from './rosters.service.js';
import { scheduleOf } from './schedule.service.js';
import { listShiftRows } from './shifts.repo.js';
import { firstOverlap, shiftInstants } from './shift-times.js';
import { daysOf } from './period.js';

// Roster import from Excel or CSV: the template (the roster as it stands), a preview listing every
// row's problems, and the import itself — all cells or none, through the same writer as the grid.

type Problem = RosterImportPreviewView['errors'][number];
interface Plan {
  errors: Problem[];
  cells: Array<{ employeeId: string; day: string; shiftId: string | null }>;
  people: RosterImportPreviewView['people'];
  rows: number;
}

async function plan(db: Db, roster: RosterRow, file: RosterFile): Promise<Plan> {
  const errors: Problem[] = [];
  const err = (p: Problem) => errors.push(p);
  for (const v of file.badDays)
    err({ line: file.headerLine, employeeNo: null, day: null, problem: 'bad_day', value: v });
  for (const d of file.days)
    if (d < roster.period_start || d > roster.period_end)
      err({ line: file.headerLine, employeeNo: null, day: d, problem: 'bad_day', value: d });
  const members = await rosterMembers(db, roster);
  const byNo = new Map(members.map((p) => [p.employeeNo.toLowerCase(), p]));
  const center = (await teamsOf(db, [roster.team_id])).get(roster.team_id)?.departmentId;
  // a template of another center reads as an unknown code on this team's roster
  const shifts = (await listShiftRows(db, true)).filter((s) => !s.department_id || s.department_id === center);
  const byCode = new Map(shifts.map((s) => [s.code.toLowerCase(), s]));
  const offset = await centerOffset(db);
  const existing = await scheduleOf(
    db,
    members.map((p) => p.id),
    addDays(roster.period_start, -1),
    addDays(roster.period_end, 1),
  );
  const seen = new Set<string>();
  const out: Plan = { errors, cells: [], people: [], rows: file.rows.length };
  for (const row of file.rows) {
    const person = byNo.get(row.employeeNo.toLowerCase());
    if (!person) {
      const found = (await searchPeople(db, row.employeeNo, EMPLOYEE_STATUSES, 5)).some(
        (p) => p.employeeNo.toLowerCase() === row.employeeNo.toLowerCase(),
      );
      err({
        line: row.line,
        employeeNo: row.employeeNo,
        day: null,
        problem: found ? 'not_in_team' : 'unknown_person',
        value: null,
      });
      continue;
    }
    if (seen.has(person.id)) {
      err({ line: row.line, employeeNo: row.employeeNo, day: null, problem: 'duplicate_person', value: null });
      continue;
    }
    seen.add(person.id);
    const entries = new Map(
      existing
        .filter((e) => e.employeeId === person.id)
        .map((e) => [e.day, { day: e.day, startsAt: e.startsAt ?? undefined, endsAt: e.endsAt ?? undefined }]),
    );
    const preview: Record<string, string | null> = {};
    let rowOk = true;
    for (const [day, value] of Object.entries(row.cells)) {
      if (day < roster.period_start || day > roster.period_end) continue;
      const rest = REST_MARKS.includes(value.toLowerCase());
      const shift = rest ? null : byCode.get(value.toLowerCase());
      if (!rest && !shift) {
        err({ line: row.line, employeeNo: row.employeeNo, day, problem: 'unknown_shift', value });
        rowOk = false;
        continue;
      }
      const times = shift ? shiftInstants({ startTime: shift.start_time, endTime: shift.end_time }, day, offset) : null;
      entries.set(day, { day, startsAt: times?.startsAt, endsAt: times?.endsAt });
      out.cells.push({ employeeId: person.id, day, shiftId: shift ? shift.id : null });
      preview[day] = shift ? shift.code : null;
    }
    const overlap = rowOk ? firstOverlap([...entries.values()]) : null;
    if (overlap)
      err({
        line: row.line,
        employeeNo: row.employeeNo,
        day: overlap,
        problem: 'overlap',
        value: row.cells[overlap] ?? null,
      });
    out.people.push({ employeeNo: person.employeeNo, name: person.name, cells: preview });
  }
  if (errors.length) out.people = [];
  return out;
}

async function readFile(db: Db, fileName: string, data: Buffer) {
  await guardXlsxUpload(db, data); // a zip bomb is refused before exceljs opens it
  return parseRosterGrid(fileName, data, await getSetting(db, 'attendance.roster.maxImportRows'));
}

/** Every row checked; nothing written. */
export async function previewImport(db: Db, actor: Actor, rosterId: string, fileName: string, data: Buffer) {
  const roster = await loadEditable(db, actor, rosterId);
  const p = await plan(db, roster, await readFile(db, fileName, data));
  return { rows: p.rows, cells: p.cells.length, errors: p.errors, people: p.people };
}

/** All cells or none: any row error refuses the whole file (422 ATTENDANCE_IMPORT_HAS_ERRORS). */
export async function commitImport(db: Db, actor: Actor, rosterId: string, fileName: string, data: Buffer) {
  const file = await readFile(db, fileName, data);
  return db.transaction().execute(async (trx) => {
    const roster = await loadEditable(trx, actor, rosterId);
    const p = await plan(trx, roster, file);
    if (p.errors.length)
      throw new AppError(
        422,
        'ATTENDANCE_IMPORT_HAS_ERRORS',
        `The file has ${p.errors.length} errors; nothing was imported`,
        'file',
        {
          count: p.errors.length,
        },
      );
    const changed = await writeCells(trx, actor, roster, p.cells, 'import', null);
    if (!(await bumpRoster(trx, roster.id, roster.version, nowIso())))
      throw conflict('VERSION_CONFLICT', 'The roster changed meanwhile; reload it', 'version');
    return { changed };
  });
}

/** The roster as a file to fill in (its people × its days). */
export async function templateOf(db: Db, actor: Actor, rosterId: string, format: 'xlsx' | 'csv', locale: Locale) {
  const roster = await loadEditable(db, actor, rosterId);
  const members = await rosterMembers(db, roster);
  const days = daysOf(roster.period_start, roster.period_end);
  const entries = await scheduleOf(
    db,
    members.map((p) => p.id),
    days[0],
    days[days.length - 1],
  );
  const people = members.map((p) => ({
    employeeNo: p.employeeNo,
    name: p.name,
    cells: Object.fromEntries(entries.filter((e) => e.employeeId === p.id).map((e) => [e.day, e.shiftId])),
  }));
  return rosterTemplate(format, locale, days, people, await listShiftRows(db, true));
}

/** 404 / 403 for a request without a file, so a missing roster is answered as such. */
export async function assertEditable(db: Db, actor: Actor, rosterId: string) {
  await loadEditable(db, actor, rosterId);
}
