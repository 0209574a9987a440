import type { MyScheduleDayView, RosterGridView, RosterSummaryView } from '../../../../common/attendance-rosters.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { addDays, daysBetween } from '../../../lib/clock.js';
import { badRequest, ruleBroken } from '../../../lib/errors.js';
import { skillsOf, type TeamIdentity } from '../../people/identity.service.js';
import { mayEditTeam, readableTeam } from './rosters.access.js';
import { rosterEndingOn, rosterOn, type RosterRow } from './rosters.repo.js';
import { rosterMembers } from './rosters.service.js';
import { publishedOnly, scheduleOf } from './schedule.service.js';
import { shiftsByIds } from './schedule.repo.js';
import { daysOf } from './period.js';

// Reading rosters: the team's grid (people × days with totals and headcount per shift) and a
// person's own published schedule. Drafts are for those who build the roster; everyone else sees
// a roster once it is published.

const MAX_MY_DAYS = 62;

export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw badRequest('VALIDATION_FAILED', `querystring.${field}: required`, field);
  return value;
}

export const rosterSummary = (r: RosterRow, team: Pick<TeamIdentity, 'name'>): RosterSummaryView => ({
  id: r.id,
  teamId: r.team_id,
  teamName: team.name,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  status: r.status === 'published' ? 'published' : 'draft',
  publishedAt: r.published_at,
  version: r.version,
});

export async function rosterGrid(db: Db, actor: Actor, q: { teamId?: string; from?: string }): Promise<RosterGridView> {
  const teamId = required(q.teamId, 'teamId');
  const from = required(q.from, 'from');
  const team = await readableTeam(db, actor, teamId);
  const canEdit = mayEditTeam(actor, team);
  const found = await rosterOn(db, team.id, from);
  const roster = found && (canEdit || found.status === 'published') ? found : null;
  const start = roster?.period_start ?? from;
  const previous = await rosterEndingOn(db, team.id, addDays(start, -1));
  const days = roster ? daysOf(roster.period_start, roster.period_end) : daysOf(from, addDays(from, 6));
  const members = roster || canEdit ? await rosterMembers(db, roster ?? { id: '', team_id: team.id }) : [];
  const skills = await skillsOf(
    db,
    members.map((p) => p.id),
  );
  const entries = roster
    ? await scheduleOf(
        db,
        members.map((p) => p.id),
        days[0],
        days[days.length - 1],
      )
    : [];
  const visible = canEdit ? entries : publishedOnly(entries);
  const headcount: Record<string, Record<string, number>> = Object.fromEntries(days.map((d) => [d, {}]));
  const byPerson = new Map<string, typeof visible>();
  for (const e of visible) {
    byPerson.set(e.employeeId, [...(byPerson.get(e.employeeId) ?? []), e]);
    if (e.shiftId) headcount[e.day][e.shiftId] = (headcount[e.day][e.shiftId] ?? 0) + 1;
  }
  return {
    roster: roster ? rosterSummary(roster, team) : null,
    previousId: previous && (canEdit || previous.status === 'published') ? previous.id : null,
    days,
    people: members.map((p) => {
      const mine = byPerson.get(p.id) ?? [];
      return {
        employeeId: p.id,
        employeeNo: p.employeeNo,
        name: p.name,
        skills: skills.get(p.id) ?? [],
        cells: Object.fromEntries(mine.map((e) => [e.day, e.shiftId])),
        workMinutes: mine.reduce((n, e) => n + e.workMinutes, 0),
        workDays: mine.filter((e) => e.shiftId).length,
        restDays: mine.filter((e) => !e.shiftId).length,
      };
    }),
    headcount,
    canEdit,
    departmentId: team.departmentId,
  };
}

/** The actor's own published schedule from..to, with each shift's name and times. */
export async function mySchedule(
  db: Db,
  actor: Actor,
  q: { from?: string; to?: string },
): Promise<MyScheduleDayView[]> {
  if (!actor.employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  const from = required(q.from, 'from');
  const to = required(q.to, 'to');
  if (to < from) throw badRequest('ATTENDANCE_BAD_RANGE', 'to: the range ends before it starts', 'to');
  if (daysBetween(from, to) + 1 > MAX_MY_DAYS)
    throw badRequest('ATTENDANCE_RANGE_TOO_LONG', `to: at most ${MAX_MY_DAYS} days at a time`, 'to');
  const days = publishedOnly(await scheduleOf(db, [actor.employeeId], from, to));
  const shifts = new Map(
    (
      await shiftsByIds(
        db,
        days.map((d) => d.shiftId).filter((x): x is string => !!x),
      )
    ).map((s) => [s.id, s]),
  );
  return days.map((d) => {
    const s = d.shiftId ? shifts.get(d.shiftId) : undefined;
    return {
      day: d.day,
      shiftId: d.shiftId,
      code: s?.code ?? null,
      name: s?.name ?? null,
      startTime: s?.start_time ?? null,
      endTime: s?.end_time ?? null,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      workMinutes: d.workMinutes,
      color: s?.color ?? null,
    };
  });
}
