// Cell values → typed values, on the hot path of an import (a million rows): hand-written checks,
// no schema library per row. Each parser returns the value, or BAD for a value it cannot read.

export const BAD = Symbol('bad');
export type Bad = typeof BAD;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const TIME_RE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const MIN_MS = Date.UTC(2000, 0, 1);

/**
 * A start time: 'YYYY-MM-DD HH:MM[:SS]' (also / or . between date parts) in the center's local time
 * (offsetMinutes east of UTC), the same with Z or ±HH:MM, or Unix seconds / milliseconds.
 * Returns the UTC instant as ISO text and the center's local calendar day.
 */
export function parseTime(s: string, offsetMinutes: number, maxMs: number): { iso: string; day: string } | Bad {
  const fast = parseLocalFast(s, offsetMinutes, maxMs);
  if (fast !== undefined) return fast;
  let ms: number;
  let day: string | null = null;
  const m = TIME_RE.exec(s);
  if (m) {
    const y = +m[1],
      mo = +m[2],
      d = +m[3],
      h = m[4] ? +m[4] : 0,
      mi = m[5] ? +m[5] : 0,
      sec = m[6] ? +m[6] : 0;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59) return BAD;
    const local = Date.UTC(y, mo - 1, d, h, mi, sec);
    if (new Date(local).getUTCDate() !== d) return BAD; // 2026-02-30
    let offset = offsetMinutes;
    if (m[7]) {
      if (m[7] === 'Z' || m[7] === 'z') offset = 0;
      else {
        const z = m[7].replace(':', '');
        offset = (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(3, 5));
      }
    }
    ms = local - offset * 60_000;
    if (offset === offsetMinutes) day = `${m[1]}-${pad2(mo)}-${pad2(d)}`;
  } else if (/^\d{10}(\.\d+)?$/.test(s)) ms = Math.floor(Number(s) * 1000);
  else if (/^\d{13}$/.test(s)) ms = Number(s);
  else return BAD;
  if (!(ms >= MIN_MS) || ms > maxMs) return BAD;
  return {
    iso: new Date(ms).toISOString(),
    day: day ?? new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10),
  };
}

/** Seconds: '125', '125.4' (rounded), 'MM:SS' or 'HH:MM:SS'; '' is null; a negative number stays negative for the caller to reject. */
export function parseSeconds(s: string): number | null | Bad {
  if (s === '') return null;
  const n = Number(s);
  if (Number.isFinite(n)) return Math.round(n);
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(s);
  if (m) return (m[1] ? +m[1] * 3600 : 0) + +m[2] * 60 + +m[3];
  return BAD;
}

const YES = new Set(['1', 'y', 'yes', 'true', 't', '是', '已解决', '解决', '接通', '已接通', '应答']);
const NO = new Set(['0', 'n', 'no', 'false', 'f', '否', '未解决', '未接通', '未应答']);

/** Yes/no: 1/0, yes/no, 是/否 …; '' is null. */
export function parseYesNo(s: string): 0 | 1 | null | Bad {
  if (s === '') return null;
  const v = s.toLowerCase();
  if (YES.has(v)) return 1;
  if (NO.has(v)) return 0;
  return BAD;
}

const DIRECTIONS: Record<string, 'in' | 'out'> = {
  in: 'in',
  i: 'in',
  inbound: 'in',
  incoming: 'in',
  呼入: 'in',
  来电: 'in',
  入: 'in',
  out: 'out',
  o: 'out',
  outbound: 'out',
  outgoing: 'out',
  呼出: 'out',
  外呼: 'out',
  去电: 'out',
  出: 'out',
};
export const parseDirection = (s: string): 'in' | 'out' | Bad => DIRECTIONS[s.toLowerCase()] ?? BAD;

const CHANNELS: Record<string, 'voice' | 'chat' | 'email' | 'ticket'> = {
  voice: 'voice',
  phone: 'voice',
  call: 'voice',
  语音: 'voice',
  电话: 'voice',
  热线: 'voice',
  chat: 'chat',
  im: 'chat',
  webchat: 'chat',
  online: 'chat',
  在线: 'chat',
  在线客服: 'chat',
  文字: 'chat',
  微信: 'chat',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  邮件: 'email',
  电子邮件: 'email',
  ticket: 'ticket',
  工单: 'ticket',
  case: 'ticket',
};
export const parseChannel = (s: string): 'voice' | 'chat' | 'email' | 'ticket' | Bad =>
  CHANNELS[s.toLowerCase()] ?? BAD;

/** CSAT 1–5 (a whole number; '4.0' is fine); '' is null. */
export function parseCsat(s: string): number | null | Bad {
  if (s === '') return null;
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : BAD;
}

// The common case, 'YYYY-MM-DD HH:MM:SS' in center time, without a regular expression; the date
// part of consecutive rows is usually the same, so its instant is remembered.
let lastDate = '';
let lastDateMs = 0;
let lastOffset = 0;
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);
function parseLocalFast(
  s: string,
  offsetMinutes: number,
  maxMs: number,
): { iso: string; day: string } | Bad | undefined {
  if (
    s.length !== 19 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 32 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58
  )
    return undefined;
  for (let i = 0; i < 19; i++) {
    if (i === 4 || i === 7 || i === 10 || i === 13 || i === 16) continue;
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const day = s.slice(0, 10);
  if (day !== lastDate || offsetMinutes !== lastOffset) {
    const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + two(s, 2),
      mo = two(s, 5),
      d = two(s, 8);
    const ms = Date.UTC(y, mo - 1, d);
    if (mo < 1 || mo > 12 || d < 1 || new Date(ms).getUTCDate() !== d) return BAD;
    lastDate = day;
    lastDateMs = ms - offsetMinutes * 60_000;
    lastOffset = offsetMinutes;
  }
  const h = two(s, 11),
    mi = two(s, 14),
    sec = two(s, 17);
  if (h > 23 || mi > 59 || sec > 59) return BAD;
  const ms = lastDateMs + h * 3_600_000 + mi * 60_000 + sec * 1000;
  if (ms < MIN_MS || ms > maxMs) return BAD;
  // The ISO text from a remembered UTC date prefix and two-digit parts (cheaper than a Date).
  const utcDay = Math.floor(ms / 86_400_000) * 86_400_000;
  if (utcDay !== lastUtcDay) {
    lastUtcDay = utcDay;
    lastUtcPrefix = new Date(utcDay).toISOString().slice(0, 11);
  }
  const t = (ms - utcDay) / 1000;
  const hh = Math.floor(t / 3600),
    mm = Math.floor(t / 60) % 60;
  return { iso: `${lastUtcPrefix}${TWO[hh]}:${TWO[mm]}:${TWO[t % 60]}.000Z`, day };
}
let lastUtcDay = -1;
let lastUtcPrefix = '';
const TWO = Array.from({ length: 60 }, (_, i) => pad2(i));
