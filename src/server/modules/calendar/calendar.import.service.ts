// Importing a year of the working-day calendar from a file: a preview that writes nothing, and
// an apply that writes every day, its audit row and the deadline recomputation in one
// transaction — or, when the file has any error, nothing at all.
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { calendarChanged, forgetCalendar } from '../../lib/calendar.js';
import { nowIso } from '../../lib/clock.js';
import { AppError } from '../../lib/errors.js';
import { runInWorker } from '../../lib/worker-parse.js';
import { checkRows, weekdayOf, type ImportProblem, type ImportRow, type ParsedFile } from './calendar.import.js';
import * as repo from './calendar.repo.js';
import { yearView } from './calendar.service.js';

type Kind = 'holiday' | 'workday';
interface StoredDay {
  day: string;
  kind: string;
  name: string;
  source: string;
}
export interface ImportDay {
  day: string;
  weekday: number;
  change: 'add' | 'change' | 'remove' | 'unchanged';
  before: { kind: Kind; name: string; source: string } | null;
  after: { kind: Kind; name: string } | null;
  line: number | null;
}

/** Every day the file or the stored year has, and what applying the file does to it. A stored
 *  day the file leaves out is removed, whoever entered it: the file is the year's whole notice. */
export function diffYear(stored: StoredDay[], rows: ImportRow[], withRemovals = true): ImportDay[] {
  const before = new Map(stored.map((d) => [d.day, d]));
  const out: ImportDay[] = rows.map((r) => {
    const b = before.get(r.day);
    before.delete(r.day);
    const change = !b ? 'add' : b.kind === r.kind && b.name === r.name ? 'unchanged' : 'change';
    return {
      day: r.day,
      weekday: weekdayOf(r.day),
      change,
      before: b ? entry(b) : null,
      after: { kind: r.kind, name: r.name },
      line: r.line,
    };
  });
  if (withRemovals) {
    for (const b of before.values())
      out.push({ day: b.day, weekday: weekdayOf(b.day), change: 'remove', before: entry(b), after: null, line: null });
  }
  return out.sort((a, b) => a.day.localeCompare(b.day));
}

const entry = (d: StoredDay) => ({ kind: d.kind as Kind, name: d.name, source: d.source });

const CALENDAR_PARSER = new URL('./calendar.import.js', import.meta.url);

/** Parsed on a worker thread when big (lib/worker-parse.ts), so a wrong, huge file stalls no one. */
async function readFile(fileName: string, data: Buffer, year: number) {
  const parsed = await runInWorker<ParsedFile>({
    module: CALENDAR_PARSER,
    fn: 'parseCalendarFile',
    args: [fileName, data],
    bytes: data.length,
  });
  const checked = checkRows(parsed.rows, year);
  const problems = [...parsed.problems, ...checked.problems].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code),
  );
  return {
    ...parsed,
    rows: checked.rows,
    rowsRead: parsed.rows.length,
    problems,
    errors: problems.filter((p) => p.severity === 'error'),
  };
}

const countOf = (days: ImportDay[]) => ({
  add: days.filter((d) => d.change === 'add').length,
  change: days.filter((d) => d.change === 'change').length,
  remove: days.filter((d) => d.change === 'remove').length,
  unchanged: days.filter((d) => d.change === 'unchanged').length,
});

/** What the file would do to the year. A file with errors is not the whole year, so what it
 *  would remove is not shown: only its readable rows, for the administrator to find the mistake. */
export async function previewImport(db: Db, year: number, fileName: string, data: Buffer) {
  const file = await readFile(fileName, data, year);
  const [known, stored] = await Promise.all([repo.findYear(db, year), repo.daysOfYear(db, year)]);
  const days = diffYear(stored, file.rows, file.errors.length === 0);
  return {
    year,
    yearKnown: !!known,
    fileName,
    format: file.format,
    encoding: file.encoding,
    rowsRead: file.rowsRead,
    days,
    counts: countOf(days),
    problems: file.problems,
    errors: file.errors.length,
    warnings: file.problems.length - file.errors.length,
  };
}

/** 422 CALENDAR_FILE_INVALID: the lines and codes of the errors (the preview lists them all). */
function invalidFile(errors: ImportProblem[]) {
  const said = errors
    .slice(0, 10)
    .map((e) => `${e.line === null ? 'file' : `line ${e.line}`}: ${e.code}${e.value ? ` (${e.value})` : ''}`);
  const more = errors.length > said.length ? `; and ${errors.length - said.length} more` : '';
  const lines = [...new Set(errors.map((e) => e.line).filter((l) => l !== null))];
  return new AppError(
    422,
    'CALENDAR_FILE_INVALID',
    `The calendar file has ${errors.length} error(s), nothing was written: ${said.join('; ')}${more}`,
    'file',
    {
      errors: errors.length,
      line: lines[0] ?? 0,
      lines: lines.slice(0, 50).join(', '),
      code: errors[0].code,
    },
  );
}

export interface ApplyOptions {
  reason: string;
  confirmYear: boolean;
}

export async function applyImport(
  db: Db,
  actor: Actor,
  year: number,
  fileName: string,
  data: Buffer,
  opts: ApplyOptions,
) {
  const file = await readFile(fileName, data, year);
  if (file.errors.length) throw invalidFile(file.errors);
  const applied = { added: 0, changed: 0, removed: 0, yearConfirmed: false };
  await db.transaction().execute(async (trx) => {
    // Compared again inside the transaction: a day corrected since the preview is not overwritten blind.
    const changes = diffYear(await repo.daysOfYear(trx, year), file.rows).filter((d) => d.change !== 'unchanged');
    const at = nowIso();
    for (const d of changes) {
      if (d.after)
        await repo.upsertDay(trx, {
          day: d.day,
          kind: d.after.kind,
          name: d.after.name,
          updated_by: actor.userId,
          updated_at: at,
        });
      else await repo.deleteDay(trx, d.day);
      await recordAudit(trx, actor, {
        action: d.change === 'add' ? 'create' : d.change === 'remove' ? 'delete' : 'update',
        entity: 'calendar_day',
        entityId: d.day,
        oldValue: d.before ? { kind: d.before.kind, name: d.before.name } : { kind: 'ordinary' },
        newValue: d.after ?? { kind: 'ordinary' },
        reason: opts.reason,
      });
    }
    Object.assign(applied, {
      added: count(changes, 'add'),
      changed: count(changes, 'change'),
      removed: count(changes, 'remove'),
    });
    if (changes.length) {
      await recordAudit(trx, actor, {
        action: 'import',
        entity: 'calendar_year',
        entityId: String(year),
        newValue: { fileName, ...applied },
        reason: opts.reason,
      });
    }
    // The year is recorded before deadlines are recomputed, so they are counted on a known year.
    if (opts.confirmYear && !(await repo.findYear(trx, year))) {
      await repo.insertYear(trx, { year, confirmed_by: actor.userId, confirmed_at: at });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'calendar_year',
        entityId: String(year),
        newValue: { year },
        reason: opts.reason,
      });
      applied.yearConfirmed = true;
    }
    // A newly confirmed year makes every deadline in it countable, as the confirm route does.
    const range = applied.yearConfirmed
      ? { from: `${year}-01-01`, to: `${year}-12-31` }
      : changes.length
        ? { from: changes[0].day, to: changes[changes.length - 1].day }
        : null;
    if (range) await calendarChanged(trx, actor, { ...range, reason: opts.reason });
  });
  forgetCalendar(db);
  return { ...(await yearView(db, year)), applied };
}

const count = (days: ImportDay[], change: ImportDay['change']) => days.filter((d) => d.change === change).length;
