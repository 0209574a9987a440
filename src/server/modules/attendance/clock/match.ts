import { EXCEPTION_OUTCOMES, type DayOutcomeName } from '../../../../common/attendance-clock.js';

// The matching engine (issue 19 item 2, SPEC §10): one person's scheduled day × their punches →
// what happened. Pure: no database, no clock (the caller passes `now`), no settings reads.
//
// Rules, in the order they apply:
// 1. No shift (a rest day on the schedule) → `rest`. The schedule decides what a working day is,
//    not the calendar: a make-up workday (周末调休上班) is simply a rostered day like any other,
//    and a holiday with a shift on it is worked.
// 2. Approved full-day leave → `on_leave`. Half-day leave moves the part of the shift that counts:
//    `am` leave starts it at the shift's midpoint, `pm` leave ends it there.
// 3. Which punches count: those from `windowBeforeMinutes` before the shift's start to
//    `windowAfterMinutes` after its end. The shift's instants are UTC, so a night shift that ends
//    on the next center day takes its punch-out from that day. When a punch falls inside two
//    shifts' windows (a night shift followed by an early one), `assignPunches` gives it to the
//    nearer shift (distance to the shift's [start, end]; a tie goes to the earlier shift).
// 4. A punch before the midpoint of the counted part is an "in", at or after it an "out":
//    first_in = the earliest in, last_out = the latest out. (Two taps at 09:00 and 09:01 are both
//    "in", not a punch-out eight hours early.)
// 5. Before the counted part has ended at `now` → `pending` (first_in so far is still reported).
// 6. No punch at all → `absent`; only ins → `missing_out`; only outs → `missing_in`.
// 7. Late = whole minutes from the counted start to first_in, early = whole minutes from last_out
//    to the counted end (a partial minute is not counted). Up to `graceMinutes` is on time and
//    counts as 0. Over `halfDayAbsentMinutes` either way → `half_day_absent` (the leave that would
//    excuse it has already moved the counted part, rule 2). Otherwise late and early →
//    `late_and_early`, else `late`, `early_leave` or `on_time`.
export type Outcome = DayOutcomeName;

/** Outcomes a team lead resolves (confirm, excuse, convert to leave). */
export const EXCEPTIONS: ReadonlySet<Outcome> = new Set<Outcome>(EXCEPTION_OUTCOMES);

export interface MatchSettings {
  graceMinutes: number;
  halfDayAbsentMinutes: number;
  windowBeforeMinutes: number;
  windowAfterMinutes: number;
}

export interface ShiftTimes {
  startsAt: string; // ISO UTC
  endsAt: string; // ISO UTC, after startsAt (a night shift ends on the next day)
}

export type LeaveHalf = 'full' | 'am' | 'pm';

export interface MatchInput {
  shift: ShiftTimes | null; // null = rest day
  leave: LeaveHalf | null;
  punches: string[]; // ISO UTC instants, any order; those outside the window are ignored
  now: string; // ISO UTC
  settings: MatchSettings;
}

export interface MatchResult {
  firstIn: string | null;
  lastOut: string | null;
  lateMinutes: number;
  earlyMinutes: number;
  outcome: Outcome;
}

const MIN = 60_000;

/** The part of the shift that counts after half-day leave, in epoch ms. */
function countedPart(shift: ShiftTimes, leave: LeaveHalf | null) {
  const start = Date.parse(shift.startsAt);
  const end = Date.parse(shift.endsAt);
  const mid = start + Math.round((end - start) / 2);
  if (leave === 'am') return { start: mid, end };
  if (leave === 'pm') return { start, end: mid };
  return { start, end };
}

/** Whether a punch lies in the shift's window. */
export function inWindow(shift: ShiftTimes, at: number, s: MatchSettings) {
  return (
    at >= Date.parse(shift.startsAt) - s.windowBeforeMinutes * MIN &&
    at <= Date.parse(shift.endsAt) + s.windowAfterMinutes * MIN
  );
}

/** Match one scheduled day. */
export function matchDay(input: MatchInput): MatchResult {
  const { shift, leave, settings: s } = input;
  const none = { firstIn: null, lastOut: null, lateMinutes: 0, earlyMinutes: 0 };
  if (!shift) return { ...none, outcome: 'rest' };
  const times = input.punches
    .map((p) => Date.parse(p))
    .filter((t) => Number.isFinite(t) && inWindow(shift, t, s))
    .sort((a, b) => a - b);
  const part = countedPart(shift, leave);
  const mid = part.start + (part.end - part.start) / 2;
  const ins = times.filter((t) => t < mid);
  const outs = times.filter((t) => t >= mid);
  const firstIn = ins.length ? ins[0] : null;
  const lastOut = outs.length ? outs[outs.length - 1] : null;
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  const grace = (m: number) => (m <= s.graceMinutes ? 0 : m);
  const late = firstIn === null ? 0 : grace(Math.max(0, Math.floor((firstIn - part.start) / MIN)));
  const early = lastOut === null ? 0 : grace(Math.max(0, Math.floor((part.end - lastOut) / MIN)));
  const facts = { firstIn: iso(firstIn), lastOut: iso(lastOut), lateMinutes: late, earlyMinutes: early };
  if (leave === 'full') return { ...facts, lateMinutes: 0, earlyMinutes: 0, outcome: 'on_leave' };
  if (Date.parse(input.now) < part.end) return { ...facts, earlyMinutes: 0, outcome: 'pending' };
  if (firstIn === null && lastOut === null) return { ...facts, outcome: 'absent' };
  if (firstIn === null) return { ...facts, outcome: 'missing_in' };
  if (lastOut === null) return { ...facts, outcome: 'missing_out' };
  if (late > s.halfDayAbsentMinutes || early > s.halfDayAbsentMinutes) return { ...facts, outcome: 'half_day_absent' };
  if (late && early) return { ...facts, outcome: 'late_and_early' };
  if (late) return { ...facts, outcome: 'late' };
  if (early) return { ...facts, outcome: 'early_leave' };
  return { ...facts, outcome: 'on_time' };
}

/**
 * Give each punch to at most one of a person's shifts (rule 3): the shifts whose window holds it,
 * the nearest of them. Returns the punches per shift index. Instants are compared as numbers,
 * parsed once: a month of a center is 62,000 punches against 15,500 shifts.
 */
export function assignPunches(shifts: (ShiftTimes | null)[], punches: string[], s: MatchSettings): string[][] {
  const out: string[][] = shifts.map(() => []);
  const before = s.windowBeforeMinutes * MIN;
  const after = s.windowAfterMinutes * MIN;
  const spans = shifts.map((sh) => (sh ? { start: Date.parse(sh.startsAt), end: Date.parse(sh.endsAt) } : null));
  for (const p of punches) {
    const t = Date.parse(p);
    let best = -1;
    let bestDistance = Infinity;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i];
      if (!span || t < span.start - before || t > span.end + after) continue;
      const distance = t < span.start ? span.start - t : t > span.end ? t - span.end : 0;
      if (distance < bestDistance || (distance === bestDistance && span.start < spans[best]!.start)) {
        best = i;
        bestDistance = distance;
      }
    }
    if (best >= 0) out[best].push(p);
  }
  return out;
}
