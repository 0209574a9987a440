// Who is on duty in each interval of a center day (pure: no database, no clock) — the "rostered"
// side of issue 19 item 6's chart. The rules:
// - A schedule entry with a shift puts its person on duty from starts_at to ends_at (UTC instants,
//   so a night shift of the day before that runs past midnight counts on this day's early
//   intervals), less the shift template's breaks (times of day, after the shift's start).
// - Approved leave takes the person off: a full day the whole shift; 'am' the first half of the
//   shift's span, 'pm' the second half (a half day of leave is half the shift, whatever its hours).
//   Leave belongs to the shift's own day, so leave on the day a night shift starts covers all of it.
// - With a business line chosen, only shifts for that line or for any line (skill null) count.
// - An interval counts the people-equivalents on duty in it: the minutes on duty summed over the
//   people, divided by the interval, rounded down to whole people — a person on a 15-minute break
//   is half a person for that half hour, and half a person answers no calls for all of it.

export interface DutyEntry {
  employeeId: string;
  /** The center day the shift belongs to. */
  day: string;
  shiftId: string | null;
  startsAt: string | null;
  endsAt: string | null;
  skill: string | null;
}

export interface DutyLeave {
  employeeId: string;
  day: string;
  half: 'am' | 'pm' | 'full';
}

export interface ShiftBreaks {
  startTime: string;
  breaks: { start: string; end: string }[];
}

const MINUTE = 60_000;
const minutesOf = (t: string) => {
  const m = /^(\d{2}):(\d{2})$/.exec(t);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
};

/** [from, to) in ms since epoch for each piece of the shift the person actually works. */
export function dutyPieces(
  entry: DutyEntry,
  shift: ShiftBreaks | undefined,
  leave: DutyLeave['half'] | undefined,
): Array<[number, number]> {
  if (!entry.shiftId || !entry.startsAt || !entry.endsAt || leave === 'full') return [];
  let start = Date.parse(entry.startsAt);
  let end = Date.parse(entry.endsAt);
  if (!(end > start)) return [];
  const mid = start + Math.round((end - start) / 2 / MINUTE) * MINUTE;
  if (leave === 'am') start = mid;
  if (leave === 'pm') end = mid;
  const cuts: Array<[number, number]> = [];
  if (shift) {
    const s0 = minutesOf(shift.startTime);
    const shiftStart = Date.parse(entry.startsAt);
    for (const b of shift.breaks) {
      const from = (minutesOf(b.start) - s0 + 1440) % 1440;
      let to = (minutesOf(b.end) - s0 + 1440) % 1440;
      if (to === 0) to = 1440;
      if (Number.isNaN(from) || Number.isNaN(to) || to <= from) continue;
      cuts.push([shiftStart + from * MINUTE, shiftStart + to * MINUTE]);
    }
    cuts.sort((x, y) => x[0] - y[0]);
  }
  const pieces: Array<[number, number]> = [];
  let at = start;
  for (const [from, to] of cuts) {
    if (to <= at) continue;
    if (from >= end) break;
    if (from > at) pieces.push([at, Math.min(from, end)]);
    at = Math.max(at, to);
  }
  if (at < end) pieces.push([at, end]);
  return pieces;
}

/**
 * People on duty per interval of `day` (center date; `offsetMinutes` its UTC offset). `entries`
 * should hold the day and the day before (night shifts), `leave` the approved leave of both.
 */
export function rosteredPerInterval(q: {
  day: string;
  offsetMinutes: number;
  intervalMinutes: number;
  entries: DutyEntry[];
  leave: DutyLeave[];
  shifts: Map<string, ShiftBreaks>;
  businessType: string | null;
}): number[] {
  const slots = Math.floor(1440 / q.intervalMinutes);
  const dayStart = Date.parse(`${q.day}T00:00:00Z`) - q.offsetMinutes * MINUTE;
  const width = q.intervalMinutes * MINUTE;
  const onDuty = new Float64Array(slots);
  const leaveOf = new Map<string, DutyLeave['half']>();
  for (const l of q.leave) {
    const k = `${l.employeeId}|${l.day}`;
    const had = leaveOf.get(k);
    // am + pm on one day (two half-day requests) is the full day
    leaveOf.set(k, had && had !== l.half ? 'full' : l.half);
  }
  for (const e of q.entries) {
    if (q.businessType && e.skill && e.skill !== q.businessType) continue;
    const pieces = dutyPieces(
      e,
      e.shiftId ? q.shifts.get(e.shiftId) : undefined,
      leaveOf.get(`${e.employeeId}|${e.day}`),
    );
    for (const [from, to] of pieces) {
      const first = Math.max(0, Math.floor((from - dayStart) / width));
      const last = Math.min(slots - 1, Math.floor((to - 1 - dayStart) / width));
      for (let s = first; s <= last; s++) {
        const a = dayStart + s * width;
        const overlap = Math.min(to, a + width) - Math.max(from, a);
        if (overlap > 0) onDuty[s] += overlap / width;
      }
    }
  }
  return Array.from(onDuty, (v) => Math.floor(v + 1e-9));
}
