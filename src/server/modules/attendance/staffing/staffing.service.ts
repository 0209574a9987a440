import type {
  StaffingDayData,
  StaffingDayQueryInput,
  StaffingIntervalData,
} from '../../../../common/attendance-staffing.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { centerOffset } from '../../../lib/center-time.js';
import { addDays, centerToday } from '../../../lib/clock.js';
import { badRequest } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { people } from '../../people/identity.service.js';
import { approvedLeaveOf } from '../leave/leave.service.js';
import { scheduleOf } from '../rosters/schedule.service.js';
import { agentsFor, withShrinkage } from './erlang-c.js';
import { forecastDay } from './forecast.js';
import { rosteredPerInterval, type DutyEntry, type DutyLeave } from './rostered.js';
import { shiftBreaksOf } from './shift-breaks.js';

// Required vs rostered per interval of one center day (issue 19 item 6, SPEC §10): the forecast
// (forecast.ts) sized by Erlang C (erlang-c.ts) for the service-level target, plus shrinkage,
// against the people on duty (rostered.ts) from the schedule of record (rosters part) less
// approved leave (leave part). Without a business line every line is its own queue (a skill
// split) and their agents are summed; shrinkage is applied to the sum. The forecast is
// center-wide, so without chosen teams the rostered side is center-wide too (a head count, no
// names: a lead compares the center's need with the center's roster, not with one team); chosen
// teams are counted within the caller's people scope.

export interface StaffingSettings {
  slPercent: number;
  slSeconds: number;
  shrinkagePercent: number;
  weeks: number;
  intervalMinutes: number;
  offsetMinutes: number;
  today: string;
}

export async function staffingSettings(db: Db): Promise<StaffingSettings> {
  const offsetMinutes = await centerOffset(db);
  const interval = await getSetting(db, 'attendance.staffing.intervalMinutes');
  return {
    slPercent: await getSetting(db, 'attendance.staffing.serviceLevelPercent'),
    slSeconds: await getSetting(db, 'attendance.staffing.serviceLevelSeconds'),
    shrinkagePercent: await getSetting(db, 'attendance.staffing.shrinkagePercent'),
    weeks: Math.max(1, await getSetting(db, 'attendance.staffing.forecastWeeks')),
    // An interval that does not divide the day would leave a ragged last interval: use 30.
    intervalMinutes: interval >= 5 && 1440 % interval === 0 ? interval : 30,
    offsetMinutes,
    today: centerToday(offsetMinutes),
  };
}

/** The demand side of a day: forecast and the agents it needs per interval. */
export interface Demand {
  day: string;
  businessType: string | null;
  contacts: number[];
  ahtSeconds: number[];
  agents: number[];
  required: number[];
  historyDays: string[];
  daysWithData: string[];
  businessTypes: string[];
}

export async function demandOf(db: Db, s: StaffingSettings, day: string, businessType: string | null): Promise<Demand> {
  const f = await forecastDay(db, { day, businessType, ...s });
  const slots = f.slots;
  const contacts = new Array<number>(slots).fill(0);
  const work = new Array<number>(slots).fill(0);
  const agents = new Array<number>(slots).fill(0);
  const intervalSeconds = s.intervalMinutes * 60;
  for (const line of f.lines)
    for (let i = 0; i < slots; i++) {
      const c = line.contacts[i];
      if (!c) continue;
      contacts[i] += c;
      work[i] += c * line.ahtSeconds[i];
      agents[i] += agentsFor(
        { contacts: c, ahtSeconds: line.ahtSeconds[i], intervalSeconds },
        s.slPercent / 100,
        s.slSeconds,
      );
    }
  return {
    day,
    businessType,
    contacts,
    ahtSeconds: contacts.map((c, i) => (c ? work[i] / c : 0)),
    agents,
    required: agents.map((a) => withShrinkage(a, s.shrinkagePercent)),
    historyDays: f.historyDays,
    daysWithData: f.daysWithData,
    businessTypes: f.lines.map((l) => l.businessType),
  };
}

/** The supply side of a day: who is scheduled (the day and the night before) and their leave. */
export interface Supply {
  entries: DutyEntry[];
  leave: DutyLeave[];
  shifts: Awaited<ReturnType<typeof shiftBreaksOf>>;
}

export async function supplyOf(db: Db, employeeIds: string[], day: string): Promise<Supply> {
  const from = addDays(day, -1);
  const entries = await scheduleOf(db, employeeIds, from, day);
  const leave = await approvedLeaveOf(db, employeeIds, from, day);
  const shifts = await shiftBreaksOf(db, [
    ...new Set(entries.map((e) => e.shiftId).filter((id): id is string => !!id)),
  ]);
  return { entries, leave: leave.map((l) => ({ employeeId: l.employeeId, day: l.day, half: l.half })), shifts };
}

/** The people counted as rostered, still employed: everyone, or the chosen teams within the caller's scope. */
export async function rosterPeople(db: Db, actor: Actor, teamIds: string[] | null): Promise<string[]> {
  const scope = teamIds ? peopleScope(actor) : ({ kind: 'all' } as const);
  const rows = await people(db, { scope, teamIds: teamIds ?? undefined, current: true });
  return rows.map((p) => p.id);
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The chart of one day from its demand and a supply (the real one, or one with a change applied). */
export function chartOf(s: StaffingSettings, demand: Demand, supply: Supply): StaffingDayData {
  const rostered = rosteredPerInterval({
    day: demand.day,
    offsetMinutes: s.offsetMinutes,
    intervalMinutes: s.intervalMinutes,
    businessType: demand.businessType,
    ...supply,
  });
  const intervals: StaffingIntervalData[] = demand.required.map((required, i) => ({
    start: hhmm(i * s.intervalMinutes),
    contacts: round1(demand.contacts[i]),
    ahtSeconds: Math.round(demand.ahtSeconds[i]),
    agents: demand.agents[i],
    required,
    rostered: rostered[i],
    diff: rostered[i] - required,
  }));
  return {
    day: demand.day,
    businessType: demand.businessType,
    intervalMinutes: s.intervalMinutes,
    serviceLevel: { percent: s.slPercent, seconds: s.slSeconds },
    shrinkagePercent: s.shrinkagePercent,
    forecast: { weeks: s.weeks, days: demand.historyDays, daysWithData: demand.daysWithData },
    businessTypes: demand.businessTypes,
    intervals,
  };
}

export const splitIds = (list: string | undefined) => (list ? [...new Set(list.split(','))] : null);

/** A query field the schema lets through so each field can be checked alone, but the service needs. */
export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw badRequest('VALIDATION_FAILED', `querystring.${field}: required`, field);
  return value;
}

export async function staffingDay(db: Db, actor: Actor, q: StaffingDayQueryInput): Promise<StaffingDayData> {
  const day = required(q.day, 'day');
  const s = await staffingSettings(db);
  const demand = await demandOf(db, s, day, q.businessType ?? null);
  const ids = await rosterPeople(db, actor, splitIds(q.teamIds));
  return chartOf(s, demand, await supplyOf(db, ids, day));
}
