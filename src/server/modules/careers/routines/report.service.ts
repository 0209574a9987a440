import type {
  LeadMonth,
  MonthFigures,
  PeriodInstance,
  ReportRow,
  RoutinePeriodName,
} from '../../../../common/careers-routines.js';
import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { getCalendar, workingByRecord, yearOf, type Calendar } from '../../../lib/calendar.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { addMonths } from '../../../lib/clock.js';
import { notFound, ruleBroken } from '../../../lib/errors.js';
import { employeesHolding, identities, type Identity } from '../../people/identity.service.js';
import { instancesInMonth, monthsBetween } from './periods.js';
import * as repo from './routines.repo.js';
import { toTick } from './ticks.service.js';

// Completion by lead and month (careers.routines.report). In a month, each active item is due
// once per instance of its period reported in that month (periods.ts monthOfInstance): a daily
// item on each of the center's working days (lib/calendar.ts: holidays off, make-up workdays on),
// a weekly item per ISO week whose Thursday is in the month, a monthly item once, a half-year
// item in June and December, a yearly item in December. An instance that has ended unticked is
// missed; one still running counts only once ticked (early work is credited, nothing is missed
// before its period ends); instances that have not started are not counted.

const MAX_MONTHS = 12;
const DEFAULT_MONTHS = 6;

interface Planned extends PeriodInstance {
  itemId: string;
  title: string;
}

function plan(items: repo.ItemRow[], month: string, cal: Calendar) {
  let provisionalYear: number | null = null;
  const out: Planned[] = [];
  for (const item of items)
    for (const inst of instancesInMonth(item.period as RoutinePeriodName, month)) {
      if (inst.period === 'daily') {
        if (!cal.years.has(yearOf(inst.start))) provisionalYear ??= yearOf(inst.start);
        if (!workingByRecord(cal, inst.start)) continue;
      }
      out.push({ ...inst, itemId: item.id, title: item.title });
    }
  return { planned: out, provisionalYear };
}

function judge(planned: Planned[], ticks: Map<string, repo.TickRow>, today: string) {
  return planned
    .filter((p) => p.start <= today)
    .map((p) => {
      const t = ticks.get(`${p.itemId}|${p.key}`) ?? null;
      const state = t ? ('done' as const) : p.end < today ? ('missed' as const) : ('open' as const);
      return { ...p, state, tick: t };
    });
}

function figures(month: string, judged: ReturnType<typeof judge>, provisionalYear: number | null): MonthFigures {
  const done = judged.filter((j) => j.state === 'done').length;
  const missed = judged.filter((j) => j.state === 'missed').length;
  const due = done + missed;
  return {
    month,
    due,
    done,
    percent: due ? Math.round((done / due) * 1000) / 10 : null,
    missed,
    provisionalYear,
  };
}

async function context(db: Db, months: string[], leadIds: string[]) {
  const [items, cal, today] = await Promise.all([repo.listItems(db, true), getCalendar(db), todayInCenter(db)]);
  const plans = new Map(months.map((m) => [m, plan(items, m, cal)]));
  const keys = [...new Set([...plans.values()].flatMap((p) => p.planned.map((x) => x.key)))];
  const ticks = new Map(
    (await repo.ticksOf(db, leadIds, keys)).map((t) => [`${t.employee_id}|${t.item_id}|${t.period_key}`, t]),
  );
  const ticksOfLead = (id: string) =>
    new Map([...ticks].filter(([k]) => k.startsWith(`${id}|`)).map(([k, t]) => [k.slice(id.length + 1), t] as const));
  return { items, plans, today, ticksOfLead };
}

/** The leads (accounts with the team_lead role) the actor may see. */
async function leadsInScope(db: Db, actor: Actor): Promise<Identity[]> {
  const holders = await employeesHolding(db, ['team_lead']);
  const people = await identities(
    db,
    holders.map((h) => h.employeeId),
  );
  const scope = peopleScope(actor);
  return [...people.values()]
    .filter((p) => inPeopleScope(scope, { id: p.id, team_id: p.teamId, department_id: p.departmentId }))
    .sort((a, b) => a.employeeNo.localeCompare(b.employeeNo));
}

/** The months a report covers: from..to, by default the six up to the current one; at most 12. */
export async function reportMonths(db: Db, q: { from?: string; to?: string }): Promise<string[]> {
  const to = q.to ?? (await todayInCenter(db)).slice(0, 7);
  const from = q.from ?? addMonths(`${to}-01`, 1 - DEFAULT_MONTHS).slice(0, 7);
  if (from > to) throw ruleBroken('ROUTINE_REPORT_RANGE', 'The first month is after the last', 'from');
  const months = monthsBetween(from, to);
  if (months.length > MAX_MONTHS)
    throw ruleBroken('ROUTINE_REPORT_RANGE', `At most ${MAX_MONTHS} months at a time`, 'to');
  return months;
}

export async function report(db: Db, actor: Actor, q: { from?: string; to?: string }): Promise<ReportRow[]> {
  const months = await reportMonths(db, q);
  const leads = await leadsInScope(db, actor);
  const ctx = await context(
    db,
    months,
    leads.map((l) => l.id),
  );
  return leads.map((l) => {
    const ticks = ctx.ticksOfLead(l.id);
    return {
      employeeId: l.id,
      name: l.name,
      teamName: l.teamName,
      departmentName: l.departmentName,
      months: months.map((m) => {
        const p = ctx.plans.get(m)!;
        return figures(m, judge(p.planned, ticks, ctx.today), p.provisionalYear);
      }),
    };
  });
}

/** One lead's month, instance by instance. */
export async function leadMonth(db: Db, actor: Actor, employeeId: string, q: { month?: string }): Promise<LeadMonth> {
  const month = q.month ?? (await todayInCenter(db)).slice(0, 7);
  const lead = (await leadsInScope(db, actor)).find((l) => l.id === employeeId);
  if (!lead) throw notFound('Team lead');
  const ctx = await context(db, [month], [lead.id]);
  const p = ctx.plans.get(month)!;
  const judged = judge(p.planned, ctx.ticksOfLead(lead.id), ctx.today);
  return {
    ...figures(month, judged, p.provisionalYear),
    employeeId: lead.id,
    name: lead.name,
    teamName: lead.teamName,
    instances: judged.map((j) => ({
      period: j.period,
      key: j.key,
      start: j.start,
      end: j.end,
      itemId: j.itemId,
      title: j.title,
      state: j.state,
      tick: j.tick ? toTick(j.tick) : null,
    })),
  };
}
