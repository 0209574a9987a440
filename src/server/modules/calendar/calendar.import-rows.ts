// What a calendar file becomes once read (calendar.import.ts for CSV, calendar.import-ics.ts for
// iCalendar): rows with the line they came from, and problems with a code the web translates.
import { IMPORT_PROBLEMS, type ImportProblemCode } from '../../../common/calendar.js';
import { addDays } from '../../lib/clock.js';

export type DayKind = 'holiday' | 'workday';
export interface ImportRow {
  line: number;
  day: string;
  kind: DayKind;
  name: string;
}
export interface ImportProblem {
  line: number | null;
  severity: 'error' | 'warning';
  code: ImportProblemCode;
  day: string | null;
  value: string | null;
}
export interface ParsedFile {
  format: 'csv' | 'ics' | null;
  encoding: string | null;
  rows: ImportRow[];
  problems: ImportProblem[];
}

export const MAX_NAME = 64; // as DayChangeInput: a name is a holiday's, not a paragraph

export const problem = (
  code: ImportProblemCode,
  line: number | null,
  day: string | null = null,
  value: string | null = null,
): ImportProblem => ({ line, severity: IMPORT_PROBLEMS[code], code, day, value });

/** YYYY-MM-DD when `iso` is a real calendar date (2027-02-30 is not). */
export const isRealDate = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) && Number.isFinite(Date.parse(`${iso}T00:00:00Z`)) && addDays(iso, 0) === iso;

/** A date as people type it — 2027-01-01, 2027/1/1 (Excel's Chinese display), 2027.1.1,
 *  20270101, 2027年1月1日 — as YYYY-MM-DD, or null. */
export function normalizeDate(text: string): string | null {
  const s = text.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}
