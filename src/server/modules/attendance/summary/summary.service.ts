import type { z } from 'zod';
import type { SummaryQuery, SummaryRowView, SummaryView } from '../../../../common/attendance-summary.js';
import { EXIT_STATUSES } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { getCalendar, workingByRecord } from '../../../lib/calendar.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { addDays, addMonths } from '../../../lib/clock.js';
import { notFound } from '../../../lib/errors.js';
import { people, teamsOf } from '../../people/identity.service.js';
import { daysOf } from '../clock/days.service.js';
import { listKinds } from '../leave/kinds.service.js';
import { approvedLeaveOf } from '../leave/leave.service.js';
import { publishedOnly, scheduleOf } from '../rosters/schedule.service.js';
import { approvedOvertimeOf } from '../swaps/overtime.service.js';
import { toilBalance } from '../swaps/toil.service.js';
import { monthFigures, type LeaveDay, type MonthInput } from './month.js';

// The monthly attendance summary (考勤月报, issue 19 item 5): one row per person the reader may
// see (lib/access peopleScope; optionally one team), from the parts' own services: the published
// roster (rosters), the matched days (clock), approved leave (leave), approved overtime and the
// time off in lieu left (swaps). What each figure means is in month.ts.
//
// Who is listed: everyone in scope who is still employed, and anyone who has left but has a
// roster day, leave or overtime in the month (their last month's pay needs it).
// Leave days counted: a day the roster has as a working day; without a roster entry that day, a
// statutory working day (lib/calendar) for kinds counted in working days, any day for kinds
// counted in calendar days (maternity); a rest day on the roster is not a leave day.

export const monthRange = (month: string) => {
  const from = `${month}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
};

const groupBy = <T extends { employeeId: string }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) (m.get(r.employeeId) ?? m.set(r.employeeId, []).get(r.employeeId)!).push(r);
  return m;
};

export async function monthlySummary(db: Db, actor: Actor, q: z.output<typeof SummaryQuery>): Promise<SummaryView> {
  const month = q.month ?? addMonths(`${(await todayInCenter(db)).slice(0, 7)}-01`, -1).slice(0, 7);
  const { from, to } = monthRange(month);
  if (q.teamId && !(await teamsOf(db, [q.teamId])).has(q.teamId)) throw notFound('Team');
  const everyone = await people(db, { scope: peopleScope(actor), teamIds: q.teamId ? [q.teamId] : undefined });
  const ids = everyone.map((p) => p.id);
  const [schedule, days, leave, overtime, kinds, cal, today] = await Promise.all([
    scheduleOf(db, ids, from, to).then(publishedOnly),
    daysOf(db, ids, from, to),
    approvedLeaveOf(db, ids, from, to),
    approvedOvertimeOf(db, ids, from, to),
    listKinds(db),
    getCalendar(db),
    todayInCenter(db),
  ]);
  const bySchedule = groupBy(schedule);
  const byDays = groupBy(days);
  const byLeave = groupBy(leave);
  const byOvertime = groupBy(overtime);
  const counting = new Map(kinds.map((k) => [k.code, k.counting]));
  const toilDay = today < to ? today : to;

  const rows: SummaryRowView[] = [];
  for (const p of everyone) {
    const mine = bySchedule.get(p.id) ?? [];
    const entry = new Map(mine.map((s) => [s.day, s]));
    const charged: LeaveDay[] = (byLeave.get(p.id) ?? []).filter((l) => {
      const e = entry.get(l.day);
      if (e) return !!e.shiftId;
      return counting.get(l.kind) === 'calendar' || workingByRecord(cal, l.day);
    });
    const input: MonthInput = {
      schedule: mine,
      days: (byDays.get(p.id) ?? []).map((d) => ({ ...d, resolution: d.resolution ?? null })),
      leave: charged,
      overtime: byOvertime.get(p.id) ?? [],
      toilLeft: 0,
    };
    const active = input.schedule.length || input.leave.length || input.overtime.length;
    if (!active && (EXIT_STATUSES as readonly string[]).includes(p.status)) continue;
    input.toilLeft = (await toilBalance(db, p.id, toilDay)).hours;
    rows.push({
      employeeId: p.id,
      employeeNo: p.employeeNo,
      name: p.name,
      teamId: p.teamId,
      teamName: p.teamName,
      ...monthFigures(input),
    });
  }
  const used = new Set(rows.flatMap((r) => Object.keys(r.leaveDays)));
  return {
    month,
    from,
    to,
    leaveKinds: kinds
      .filter((k) => used.has(k.code))
      .map((k) => ({ code: k.code, nameZh: k.nameZh, nameEn: k.nameEn })),
    rows,
  };
}
