// iCalendar (RFC 5545) holiday feeds: each VEVENT is an all-day event (DTSTART;VALUE=DATE, DTEND
// exclusive, one day when absent) named by its SUMMARY. Chinese feeds mark a make-up workday
// with 班 ("春节（班）", "补班", "调休上班") in the SUMMARY or CATEGORIES; everything else is a
// holiday. A multi-day event becomes one row per day, all on the event's line.
import { addDays, daysBetween } from '../../lib/clock.js';
import {
  isRealDate,
  MAX_NAME,
  problem,
  type DayKind,
  type ImportProblem,
  type ImportRow,
} from './calendar.import-rows.js';

const MAX_EVENT_DAYS = 60; // the longest Chinese holiday is 8 days; 60 is a mistake, not a holiday

interface Prop {
  name: string;
  params: string;
  value: string;
  line: number;
}

/** Content lines, unfolded (a line starting with a space or tab continues the one before),
 *  each with the file line it starts on. */
function contentLines(text: string): Prop[] {
  const out: Prop[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && out.length) {
      out[out.length - 1].value += raw.slice(1);
      return;
    }
    if (!raw.trim()) return;
    const colon = raw.indexOf(':');
    const head = colon < 0 ? raw : raw.slice(0, colon);
    const semi = head.indexOf(';');
    out.push({
      name: (semi < 0 ? head : head.slice(0, semi)).trim().toUpperCase(),
      params: semi < 0 ? '' : head.slice(semi + 1).toUpperCase(),
      value: colon < 0 ? '' : raw.slice(colon + 1),
      line: i + 1,
    });
  });
  return out;
}

const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c)).trim();

// A make-up workday, as the brief of issue 15 and the common Chinese feeds write it.
const WORKDAY = /班|workday/i;
const HOLIDAY = /休|假|holiday/i;
// The marker a feed adds after the holiday's name ("春节（班）", "国庆节 补班", "元旦 (休)"):
// dropped, so the name is the holiday's and an export imports back unchanged.
const MARKER =
  /\s*(?:[（(]\s*(?:班|休|补班|调休上班|上班|假|workday|holiday)\s*[)）]|(?:补班|调休上班|调休|上班|休假?))\s*$/i;

/** An all-day date value: 20270101 (VALUE=DATE, or a bare date). null for a date with a time. */
function dateValue(p: Prop | undefined): { day: string | null; timed: boolean } {
  if (!p) return { day: null, timed: false };
  const v = p.value.trim();
  if (/^\d{8}T/i.test(v)) return { day: null, timed: true };
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  return { day: isRealDate(iso) ? iso : null, timed: false };
}

export function parseIcs(text: string): { rows: ImportRow[]; problems: ImportProblem[] } {
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  let event: Prop[] | null = null;
  let start = 0;
  for (const p of contentLines(text)) {
    if (p.name === 'BEGIN' && p.value.trim().toUpperCase() === 'VEVENT') {
      event = [];
      start = p.line;
      continue;
    }
    if (p.name === 'END' && p.value.trim().toUpperCase() === 'VEVENT' && event) {
      readEvent(event, start, rows, problems);
      event = null;
      continue;
    }
    event?.push(p);
  }
  return { rows, problems };
}

function readEvent(props: Prop[], line: number, rows: ImportRow[], problems: ImportProblem[]) {
  const get = (name: string) => props.find((p) => p.name === name);
  const dtstart = get('DTSTART');
  const dtend = get('DTEND');
  const from = dateValue(dtstart);
  const to = dateValue(dtend);
  if (from.timed || to.timed) {
    problems.push(problem('NOT_ALL_DAY', line, null, (dtstart ?? dtend)!.value.slice(0, 100)));
    return;
  }
  if (!from.day) {
    problems.push(problem('BAD_DATE', line, null, (dtstart?.value ?? '').slice(0, 100)));
    return;
  }
  if (dtend && !to.day) {
    problems.push(problem('BAD_DATE', line, from.day, dtend.value.slice(0, 100)));
    return;
  }
  const end = to.day ?? addDays(from.day, 1); // DTEND is exclusive
  const span = daysBetween(from.day, end);
  if (span < 1 || span > MAX_EVENT_DAYS) {
    problems.push(problem('BAD_RANGE', line, from.day, end));
    return;
  }

  const summary = unescape(get('SUMMARY')?.value ?? '');
  const categories = props
    .filter((p) => p.name === 'CATEGORIES')
    .map((p) => unescape(p.value))
    .join(',');
  // CATEGORIES, when it says which, decides (Seatwise's own export writes it); else the SUMMARY.
  const kind: DayKind = WORKDAY.test(categories)
    ? 'workday'
    : HOLIDAY.test(categories)
      ? 'holiday'
      : WORKDAY.test(summary)
        ? 'workday'
        : 'holiday';
  const name = summary.replace(MARKER, '').trim() || summary;
  if (!name) {
    problems.push(problem('MISSING_NAME', line, from.day));
    return;
  }
  if (name.length > MAX_NAME) {
    problems.push(problem('NAME_TOO_LONG', line, from.day, name.slice(0, 100)));
    return;
  }
  for (let day = from.day; day < end; day = addDays(day, 1)) rows.push({ line, day, kind, name });
}
