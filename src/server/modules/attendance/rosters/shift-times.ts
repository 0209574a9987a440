// Pure arithmetic of shifts (no database, no clock): a shift template's times on a center day
// become UTC instants, its work minutes are its span less its breaks, and two consecutive days'
// shifts must not overlap (a night shift ending 07:00 leaves no room for a 06:00 start).
// Times are the center's 'HH:MM'; a shift crosses midnight when its end is not after its start.

const DAY_MINUTES = 1440;

export interface ShiftBreak {
  start: string;
  end: string;
}
export interface ShiftTimes {
  startTime: string;
  endTime: string;
  breaks: ShiftBreak[];
}
export interface Interval {
  startsAt: string;
  endsAt: string;
}

/** 'HH:MM' → minutes after midnight, or NaN when it is not a time of day. */
export function minutesOf(time: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}

/** Minutes from the shift's start to a time of day, counting on into the next day when earlier. */
const fromStart = (start: number, t: number) => (t - start + DAY_MINUTES) % DAY_MINUTES;

export const crossesMidnight = (s: Pick<ShiftTimes, 'startTime' | 'endTime'>) =>
  minutesOf(s.endTime) <= minutesOf(s.startTime);

/** The shift's length in minutes, breaks included (0 when start = end, which is refused). */
export const spanMinutes = (s: Pick<ShiftTimes, 'startTime' | 'endTime'>) =>
  fromStart(minutesOf(s.startTime), minutesOf(s.endTime));

/** Each break as [from, to) minutes after the shift's start. */
function breakOffsets(s: ShiftTimes): Array<[number, number]> {
  const start = minutesOf(s.startTime);
  return s.breaks.map((b) => {
    const from = fromStart(start, minutesOf(b.start));
    let to = fromStart(start, minutesOf(b.end));
    if (to === 0) to = DAY_MINUTES; // a break ending at the shift's start time is a full day away
    return [from, to];
  });
}

export type ShiftProblem =
  | { code: 'ATTENDANCE_SHIFT_BAD_TIME'; field: string }
  | { code: 'ATTENDANCE_SHIFT_END_EQUALS_START'; field: 'endTime' }
  | { code: 'ATTENDANCE_SHIFT_BREAK_OUTSIDE'; field: string }
  | { code: 'ATTENDANCE_SHIFT_BREAKS_OVERLAP'; field: string };

/** What is wrong with a template's times, or null: end = start, a break outside the shift or overlapping another. */
export function shiftProblem(s: ShiftTimes): ShiftProblem | null {
  if (Number.isNaN(minutesOf(s.startTime))) return { code: 'ATTENDANCE_SHIFT_BAD_TIME', field: 'startTime' };
  if (Number.isNaN(minutesOf(s.endTime))) return { code: 'ATTENDANCE_SHIFT_BAD_TIME', field: 'endTime' };
  const span = spanMinutes(s);
  if (span === 0) return { code: 'ATTENDANCE_SHIFT_END_EQUALS_START', field: 'endTime' };
  for (let i = 0; i < s.breaks.length; i++) {
    const b = s.breaks[i];
    if (Number.isNaN(minutesOf(b.start)) || Number.isNaN(minutesOf(b.end)))
      return { code: 'ATTENDANCE_SHIFT_BAD_TIME', field: `breaks.${i}` };
  }
  const offsets = breakOffsets(s);
  for (let i = 0; i < offsets.length; i++) {
    const [from, to] = offsets[i];
    if (from >= to || to > span) return { code: 'ATTENDANCE_SHIFT_BREAK_OUTSIDE', field: `breaks.${i}` };
  }
  const sorted = offsets.map((o, i) => ({ o, i })).sort((x, y) => x.o[0] - y.o[0]);
  for (let k = 1; k < sorted.length; k++)
    if (sorted[k].o[0] < sorted[k - 1].o[1])
      return { code: 'ATTENDANCE_SHIFT_BREAKS_OVERLAP', field: `breaks.${sorted[k].i}` };
  return null;
}

/** Minutes worked: the span less the breaks (assumes shiftProblem found nothing). */
export function workMinutes(s: ShiftTimes): number {
  return spanMinutes(s) - breakOffsets(s).reduce((sum, [from, to]) => sum + (to - from), 0);
}

/** The shift on a center day as UTC instants; a shift crossing midnight ends on the next day. */
export function shiftInstants(
  s: Pick<ShiftTimes, 'startTime' | 'endTime'>,
  day: string,
  offsetMinutes: number,
): Interval {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`) - offsetMinutes * 60_000;
  const start = midnightUtc + minutesOf(s.startTime) * 60_000;
  const end = start + spanMinutes(s) * 60_000;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() };
}

/** Whether two worked intervals overlap (touching ends do not: 22:00–06:00 then 06:00– is fine). */
export function overlaps(a: Interval | null | undefined, b: Interval | null | undefined): boolean {
  if (!a || !b) return false;
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

/** A person's entries by day, checked day against next day: the first day whose shift runs into the next one's, or null. */
export function firstOverlap(entries: Array<{ day: string } & Partial<Interval>>): string | null {
  const sorted = [...entries].filter((e) => e.startsAt && e.endsAt).sort((x, y) => x.day.localeCompare(y.day));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Interval & { day: string };
    const cur = sorted[i] as Interval & { day: string };
    if (overlaps(prev, cur)) return cur.day;
  }
  return null;
}
