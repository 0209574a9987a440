// A year of the calendar as a file — CSV in the import's own columns, so an export imports back
// to "no change", or iCalendar for a phone or Outlook — and the import template.
import type { Db } from '../../db/connect.js';
import { todayInCenter } from '../../lib/center-time.js';
import { addDays, nowIso } from '../../lib/clock.js';
import type { Locale } from '../../../common/roles.js';
import * as repo from './calendar.repo.js';

interface Day {
  day: string;
  kind: string;
  name: string;
}
export interface FileOut {
  body: string;
  contentType: string;
  disposition: string;
}

/** The words of these files per language; holiday names are data (the official notice's) and stay as stored. */
const WORDS: Record<Locale, { file: string; template: string; off: string; work: string; calendar: string }> = {
  'zh-CN': { file: '工作日历', template: '工作日历导入模板', off: '休', work: '班', calendar: '节假日与调休' },
  'en-US': {
    file: 'calendar',
    template: 'calendar-template',
    off: 'holiday',
    work: 'workday',
    calendar: 'holidays and make-up workdays',
  },
};

const BOM = '\uFEFF'; // Excel on Chinese Windows opens UTF-8 CSV correctly only with it

/** RFC 6266 / 5987: an ASCII fallback name and the UTF-8 one. */
const attachment = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const csvCell = (v: string) => (/[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);

export function calendarCsv(days: Day[]): string {
  return (
    BOM + ['date,kind,name', ...days.map((d) => [d.day, d.kind, d.name].map(csvCell).join(','))].join('\r\n') + '\r\n'
  );
}

const icsText = (v: string) =>
  v.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const icsDate = (day: string) => day.replace(/-/g, '');

/** RFC 5545 §3.1: lines of at most 75 octets, continued with a leading space; never inside a
 *  UTF-8 character (a holiday's Chinese name is 3 octets a character). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (octets + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One all-day event a day. The SUMMARY says day off or workday (休/班) in the reader's language
 *  for people reading it in a calendar app; CATEGORIES says which for machines (the import reads it first). */
export function calendarIcs(year: number, days: Day[], locale: Locale = 'zh-CN'): string {
  const w = WORDS[locale];
  const stamp = nowIso()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Seatwise//Working-day calendar//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`${year} ${w.calendar}`)}`,
  ];
  for (const d of days) {
    const workday = d.kind === 'workday';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.day}@calendar.seatwise`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(d.day)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(d.day, 1))}`,
      `SUMMARY:${icsText(`${d.name}（${workday ? w.work : w.off}）`)}`,
      `CATEGORIES:${workday ? 'workday' : 'holiday'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

export async function exportYear(db: Db, year: number, format: 'csv' | 'ics', locale: Locale): Promise<FileOut> {
  const days = await repo.daysOfYear(db, year);
  const name = `${WORDS[locale].file}-${year}.${format}`;
  return format === 'ics'
    ? {
        body: calendarIcs(year, days, locale),
        contentType: 'text/calendar; charset=utf-8',
        disposition: attachment(`calendar-${year}.ics`, name),
      }
    : {
        body: calendarCsv(days),
        contentType: 'text/csv; charset=utf-8',
        disposition: attachment(`calendar-${year}.csv`, name),
      };
}

/** The first Saturday or Sunday on or after `day`: a make-up workday is always on a weekend. */
function weekendFrom(day: string) {
  let d = day;
  while (![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) d = addDays(d, 1);
  return d;
}

/** Header and two example rows for next year (a holiday, a make-up workday), in Chinese or English. */
export async function calendarTemplate(db: Db, lang: 'zh' | 'en'): Promise<FileOut> {
  const next = Number((await todayInCenter(db)).slice(0, 4)) + 1;
  const workday = weekendFrom(`${next}-02-06`);
  const rows =
    lang === 'zh'
      ? ['日期,类型,名称', `${next}-01-01,休,元旦`, `${workday},班,春节`]
      : ['date,kind,name', `${next}-01-01,holiday,New Year's Day`, `${workday},workday,Spring Festival`];
  return {
    body: BOM + rows.join('\r\n') + '\r\n',
    contentType: 'text/csv; charset=utf-8',
    disposition: attachment('calendar-template.csv', `${WORDS[lang === 'zh' ? 'zh-CN' : 'en-US'].template}.csv`),
  };
}
