import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError, ruleBroken } from '../../../lib/errors.js';
import { identities } from '../../people/identity.service.js';
import { requireCycle } from '../distribution/cycle-context.js';
import { currentGrades, visibleTo } from '../distribution/distribution.service.js';
import { saveBaseBonuses, toCents } from './bonus.service.js';
import { readImport } from './payroll.xlsx.js';

// Importing base bonuses from an .xlsx (column A employee number, column B base bonus in yuan):
// every row is checked first and the file is applied whole or not at all. A bad file answers 422
// BONUS_IMPORT_INVALID naming its rows and their codes (BONUS_IMPORT_ROW_ERRORS), nothing written.

const MAX_YUAN = 100_000_000;

function amountProblem(v: string | number | null): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > MAX_YUAN) return null;
  if (Math.abs(n * 100 - Math.round(n * 100)) > 1e-6) return null; // finer than a cent
  return n;
}

export async function importBaseBonuses(db: Db, actor: Actor, cycleId: string, fileName: string, buf: Buffer) {
  const cycle = await requireCycle(db, cycleId);
  if (cycle.status === 'published')
    throw ruleBroken('BONUS_CYCLE_PUBLISHED', 'The cycle is published: its bonus is no longer changed');
  if (cycle.content.bonus.mode !== 'base')
    throw ruleBroken('BONUS_BASE_MODE_ONLY', 'The plan shares team pools: set a pool per team instead');
  const rows = await readImport(db, buf);
  if (!rows.length) throw ruleBroken('BONUS_IMPORT_EMPTY', 'The file has no rows under its header row', 'file');

  const { rows: grades } = await currentGrades(db, cycle);
  const visible = grades.filter(visibleTo(actor));
  const people = await identities(
    db,
    visible.map((g) => g.employeeId),
  );
  const byNo = new Map([...people.values()].map((p) => [p.employeeNo, p.id]));
  const seen = new Set<string>();
  const errors: { row: number; code: string }[] = [];
  const items: { employeeId: string; amountCents: number }[] = [];
  for (const r of rows) {
    if (!r.employeeNo) {
      errors.push({ row: r.row, code: 'MISSING_EMPLOYEE_NO' });
      continue;
    }
    const id = byNo.get(r.employeeNo);
    if (!id) errors.push({ row: r.row, code: 'NOT_IN_CYCLE' });
    else if (seen.has(id)) errors.push({ row: r.row, code: 'DUPLICATE_EMPLOYEE' });
    const amount = amountProblem(r.amount);
    if (amount === null) errors.push({ row: r.row, code: 'BAD_AMOUNT' });
    if (id && !seen.has(id) && amount !== null) items.push({ employeeId: id, amountCents: toCents(amount) });
    if (id) seen.add(id);
  }
  if (errors.length) {
    const said = errors.slice(0, 20).map((e) => `${e.row}:${e.code}`);
    throw new AppError(
      422,
      'BONUS_IMPORT_INVALID',
      `The file has ${errors.length} error(s), nothing was written: ${said.join('; ')}${errors.length > said.length ? '; …' : ''}`,
      'file',
      {
        errors: errors.length,
        rows: [...new Set(errors.map((e) => e.row))].slice(0, 50).join(', '),
        problems: said.join('; '),
        code: errors[0].code,
      },
    );
  }
  return saveBaseBonuses(db, actor, cycleId, items, 'imported', null, fileName);
}
