// Seeds the working-day calendar from the chinese-days package (holidays and 调休 workdays from
// the State Council's notices). Runs after every migration: a newer package adds its new years;
// a year already present — from the package or entered by an administrator — is never touched,
// so an administrator's correction survives upgrades.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Db } from '../db/connect.js';
import { nowIso } from './clock.js';
import { forgetCalendar, yearOf } from './calendar.js';

interface PackageData {
  holidays: Record<string, string>; // '2026-02-15': 'Spring Festival,春节,4'
  workdays: Record<string, string>;
}

let packaged: PackageData | null = null;

function packageData(): PackageData {
  if (!packaged) {
    const file = createRequire(import.meta.url).resolve('chinese-days/dist/chinese-days.json');
    packaged = JSON.parse(readFileSync(file, 'utf8')) as PackageData;
  }
  return packaged;
}

/** The Chinese name in the package's "English,中文,days" text. */
const chineseName = (text: string) => text.split(',')[1] ?? text;

/** The years the package covers (for the calendar page: "data from chinese-days up to 2026"). */
export function packageYears(): number[] {
  const { holidays, workdays } = packageData();
  return [...new Set([...Object.keys(holidays), ...Object.keys(workdays)].map(yearOf))].sort((a, b) => a - b);
}

export async function seedCalendar(db: Db): Promise<number[]> {
  const have = new Set((await db.selectFrom('calendar_years').select('year').execute()).map((y) => Number(y.year)));
  const missing = packageYears().filter((y) => !have.has(y));
  if (!missing.length) return [];
  const { holidays, workdays } = packageData();
  const at = nowIso();
  const rows = [
    ...Object.entries(holidays).map(([day, text]) => ({ day, kind: 'holiday', name: chineseName(text) })),
    ...Object.entries(workdays).map(([day, text]) => ({ day, kind: 'workday', name: chineseName(text) })),
  ]
    .filter((r) => missing.includes(yearOf(r.day)))
    .map((r) => ({ ...r, source: 'package', updated_by: null, updated_at: at }));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await trx
        .insertInto('calendar_days')
        .values(rows.slice(i, i + 200))
        .onConflict((oc) => oc.column('day').doNothing())
        .execute();
    }
    await trx
      .insertInto('calendar_years')
      .values(missing.map((year) => ({ year, source: 'package', confirmed_by: null, confirmed_at: at })))
      .onConflict((oc) => oc.column('year').doNothing())
      .execute();
  });
  forgetCalendar(db);
  return missing;
}
