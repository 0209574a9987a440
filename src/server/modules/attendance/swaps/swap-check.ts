import { addDays } from '../../../lib/clock.js';

// Whether a shift swap between two colleagues may go ahead (issue 19 item 4), as pure arithmetic on
// their published schedules: no database, no clock. On each of the two days (one day when both are
// the same) the two people exchange their entries — as rosters' swapScheduleDays will do — and
// the result must hold:
//  - both are rostered on both days in a published roster, the requester works on their day and,
//    when the days differ, the colleague works on theirs (otherwise there is nothing to exchange);
//  - whoever takes a shift that needs a skill (a business line) holds that skill;
//  - nobody gets overlapping shifts, or less than minRestHours between the end of one shift and
//    the start of the next, or more than maxDaysInRow working days in a row (the Labor Law's one
//    rest day a week). Only what the swap changes is judged: a tight spot elsewhere in the roster
//    that was there before is the roster's business, not this swap's.

export interface Entry {
  employeeId: string;
  day: string;
  shiftId: string | null;
  startsAt: string | null;
  endsAt: string | null;
  skill: string | null;
  published: boolean;
}

export type SwapProblemCode =
  | 'SWAP_NOT_ROSTERED'
  | 'SWAP_NO_SHIFT'
  | 'SWAP_NOTHING_TO_EXCHANGE'
  | 'SWAP_SKILL_MISSING'
  | 'SWAP_OVERLAP'
  | 'SWAP_REST_TOO_SHORT'
  | 'SWAP_TOO_MANY_DAYS_IN_ROW';

export interface SwapProblem {
  code: SwapProblemCode;
  employeeId: string;
  day: string;
  skill?: string;
}

export interface SwapCase {
  requesterId: string;
  requesterDay: string;
  colleagueId: string;
  colleagueDay: string;
  /** Both people's entries around the two days (at least maxDaysInRow days either side). */
  entries: Entry[];
  skills: Map<string, string[]>;
  minRestHours: number;
  maxDaysInRow: number;
}

const key = (employeeId: string, day: string) => `${employeeId}|${day}`;

/** The two people's entries after the exchange (keyed by person and day), or the problems that stop it. */
export function swapProblems(c: SwapCase): SwapProblem[] {
  const before = new Map(c.entries.map((e) => [key(e.employeeId, e.day), e]));
  const days = [...new Set([c.requesterDay, c.colleagueDay])].sort();
  const people = [c.requesterId, c.colleagueId];
  const problems: SwapProblem[] = [];

  for (const day of days)
    for (const p of people) {
      const e = before.get(key(p, day));
      if (!e || !e.published) problems.push({ code: 'SWAP_NOT_ROSTERED', employeeId: p, day });
    }
  if (problems.length) return problems;

  if (!before.get(key(c.requesterId, c.requesterDay))!.shiftId)
    problems.push({ code: 'SWAP_NO_SHIFT', employeeId: c.requesterId, day: c.requesterDay });
  if (c.colleagueDay !== c.requesterDay && !before.get(key(c.colleagueId, c.colleagueDay))!.shiftId)
    problems.push({ code: 'SWAP_NO_SHIFT', employeeId: c.colleagueId, day: c.colleagueDay });
  if (problems.length) return problems;

  const after = new Map(before);
  const taken: Entry[] = [];
  for (const day of days) {
    const a = before.get(key(c.requesterId, day))!;
    const b = before.get(key(c.colleagueId, day))!;
    after.set(key(c.requesterId, day), { ...b, employeeId: c.requesterId });
    after.set(key(c.colleagueId, day), { ...a, employeeId: c.colleagueId });
    if (a.shiftId !== b.shiftId) taken.push({ ...b, employeeId: c.requesterId }, { ...a, employeeId: c.colleagueId });
  }
  if (!taken.length) return [{ code: 'SWAP_NOTHING_TO_EXCHANGE', employeeId: c.requesterId, day: c.requesterDay }];

  for (const t of taken)
    if (t.shiftId && t.skill && !(c.skills.get(t.employeeId) ?? []).includes(t.skill))
      problems.push({ code: 'SWAP_SKILL_MISSING', employeeId: t.employeeId, day: t.day, skill: t.skill });

  const changed = new Set(taken.map((t) => key(t.employeeId, t.day)));
  for (const p of people) {
    problems.push(...restProblems(p, [...after.values()], changed, c.minRestHours));
    // a run is judged only through a day the person now works and did not before
    const gained = days.filter((d) => after.get(key(p, d))?.shiftId && !before.get(key(p, d))?.shiftId);
    const run = longestRunThrough(p, after, gained, c.maxDaysInRow);
    if (run) problems.push({ code: 'SWAP_TOO_MANY_DAYS_IN_ROW', employeeId: p, day: run });
  }
  return problems;
}

/** Overlaps and too-short rests between consecutive shifts of one person, where one of the pair changed. */
function restProblems(person: string, entries: Entry[], changed: Set<string>, minRestHours: number): SwapProblem[] {
  const shifts = entries
    .filter((e) => e.employeeId === person && e.shiftId && e.startsAt && e.endsAt)
    .sort((x, y) => x.startsAt!.localeCompare(y.startsAt!));
  const out: SwapProblem[] = [];
  for (let i = 1; i < shifts.length; i++) {
    const prev = shifts[i - 1];
    const next = shifts[i];
    if (!changed.has(key(person, prev.day)) && !changed.has(key(person, next.day))) continue;
    const gapHours = (Date.parse(next.startsAt!) - Date.parse(prev.endsAt!)) / 3_600_000;
    if (gapHours < 0) out.push({ code: 'SWAP_OVERLAP', employeeId: person, day: next.day });
    else if (gapHours < minRestHours) out.push({ code: 'SWAP_REST_TOO_SHORT', employeeId: person, day: next.day });
  }
  return out;
}

/** The first day of a run of more than maxDaysInRow working days that passes through one of the swap's days, or null. */
function longestRunThrough(person: string, after: Map<string, Entry>, days: string[], maxDaysInRow: number) {
  const works = (day: string) => !!after.get(key(person, day))?.shiftId;
  for (const day of days) {
    if (!works(day)) continue;
    let first = day;
    while (works(addDays(first, -1)) && first > addDays(day, -maxDaysInRow - 1)) first = addDays(first, -1);
    let last = day;
    while (works(addDays(last, 1)) && last < addDays(day, maxDaysInRow + 1)) last = addDays(last, 1);
    let length = 1;
    for (let d = first; d < last; d = addDays(d, 1)) length++;
    if (length > maxDaysInRow) return first;
  }
  return null;
}
