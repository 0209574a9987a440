import type { z } from 'zod';
import type { SwapInput, SwapListQuery, SwapOptionsQuery, SwapViewDto } from '../../../../common/attendance-swaps.js';
import { EXIT_STATUSES, type EmployeeStatus } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { centerOffset, todayInCenter } from '../../../lib/center-time.js';
import { addDays, localTime, nowIso } from '../../../lib/clock.js';
import { AppError, conflict, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify } from '../../../lib/notify.js';
import { getSetting } from '../../../lib/settings.js';
import { identities, people, skillsOf } from '../../people/identity.service.js';
import { scheduleOf, type ScheduleDay } from '../rosters/schedule.service.js';
import { swapProblems, type SwapProblem } from './swap-check.js';
import { approvablePeople, leadsPlace, ownEmployee, type Place } from './swaps.access.js';
import * as repo from './swaps.repo.js';

// Shift swaps (issue 19 item 4): an agent proposes exchanging a day's shift with a colleague of the
// same team; the rules (published roster, skills both ways, overlap, rest, days in a row) are in
// swap-check.ts and are checked when proposed, accepted and approved, since the roster may change
// in between. The steps after the proposal are in swaps.steps.ts.

/** Where a swap is answered or decided: its row on the swaps page (notices and the home page). */
export const swapLink = (id: string) => `/attendance/swaps?swap=${id}`;

/** Both people's schedule around the swap's days, wide enough for the days-in-a-row rule. */
async function around(db: Db, ids: string[], days: string[]) {
  const reach = (await getSetting(db, 'attendance.overtime.swapMaxDaysInRow')) + 1;
  const sorted = [...days].sort();
  return scheduleOf(db, ids, addDays(sorted[0], -reach), addDays(sorted[sorted.length - 1], reach));
}

const asEntry = (d: ScheduleDay) => ({ ...d, published: d.rosterStatus === 'published' });

/** The problems that stop this swap now (empty = it may go ahead). */
export async function problemsOf(
  db: Db,
  s: { requesterId: string; colleagueId: string; requesterDay: string; colleagueDay: string },
  schedule?: ScheduleDay[],
): Promise<SwapProblem[]> {
  const ids = [s.requesterId, s.colleagueId];
  const entries = (schedule ?? (await around(db, ids, [s.requesterDay, s.colleagueDay])))
    .filter((d) => ids.includes(d.employeeId))
    .map(asEntry);
  return swapProblems({
    ...s,
    entries,
    skills: await skillsOf(db, ids),
    minRestHours: await getSetting(db, 'attendance.overtime.swapMinRestHours'),
    maxDaysInRow: await getSetting(db, 'attendance.overtime.swapMaxDaysInRow'),
  });
}

const PROBLEM_TEXT: Record<SwapProblem['code'], string> = {
  SWAP_NOT_ROSTERED: 'is not on a published roster on',
  SWAP_NO_SHIFT: 'has no shift to exchange on',
  SWAP_NOTHING_TO_EXCHANGE: 'would exchange the same shift on',
  SWAP_SKILL_MISSING: 'lacks the skill of the shift they would take on',
  SWAP_OVERLAP: 'would have overlapping shifts on',
  SWAP_REST_TOO_SHORT: 'would not have the rest required between shifts before',
  SWAP_TOO_MANY_DAYS_IN_ROW: 'would work too many days in a row from',
};

/** The first problem as the error the API answers (422, with the person, day and skill as params). */
export async function refuseProblems(db: Db, problems: SwapProblem[]) {
  const p = problems[0];
  if (!p) return;
  const name = (await identities(db, [p.employeeId])).get(p.employeeId)?.name ?? p.employeeId;
  const params: Record<string, string> = { name, day: p.day };
  if (p.skill) params.skill = p.skill;
  throw new AppError(422, p.code, `${name} ${PROBLEM_TEXT[p.code]} ${p.day}`, 'colleagueId', params);
}

const hhmm = (instant: string | null, offset: number) => (instant ? localTime(instant, offset).slice(11, 16) : null);
const entryView = (d: ScheduleDay | undefined, offset: number) =>
  d && d.rosterStatus === 'published'
    ? { day: d.day, shiftId: d.shiftId, start: hhmm(d.startsAt, offset), end: hhmm(d.endsAt, offset), skill: d.skill }
    : null;

/** For the proposal form: my entries on the days, and each colleague of my team with theirs and what stops a swap. */
export async function swapOptions(db: Db, actor: Actor, q: z.output<typeof SwapOptionsQuery>) {
  const me = ownEmployee(actor);
  const requesterDay = q.requesterDay ?? addDays(await todayInCenter(db), 1);
  const colleagueDay = q.colleagueDay ?? requesterDay;
  const mine = (await identities(db, [me])).get(me)!;
  const team = (
    await people(db, {
      scope: { kind: 'limited', teamIds: [mine.teamId], departmentIds: [], employeeIds: [] },
      current: true,
    })
  ).filter((p) => p.id !== me);
  const schedule = await around(db, [me, ...team.map((p) => p.id)], [requesterDay, colleagueDay]);
  const offset = await centerOffset(db);
  const days = [...new Set([requesterDay, colleagueDay])];
  const entriesOf = (id: string) =>
    days
      .map((day) =>
        entryView(
          schedule.find((d) => d.employeeId === id && d.day === day),
          offset,
        ),
      )
      .filter((e) => e !== null);
  const colleagues = [];
  for (const p of team) {
    const s = { requesterId: me, colleagueId: p.id, requesterDay, colleagueDay };
    colleagues.push({
      colleagueId: p.id,
      colleagueName: p.name,
      entries: entriesOf(p.id),
      problems: await problemsOf(db, s, schedule),
    });
  }
  return { mine: entriesOf(me), colleagues };
}

export async function propose(db: Db, actor: Actor, input: z.output<typeof SwapInput>) {
  const me = ownEmployee(actor);
  if (input.colleagueId === me) throw ruleBroken('SWAP_SELF', 'A swap is with a colleague', 'colleagueId');
  const places = await identities(db, [me, input.colleagueId]);
  const mine = places.get(me)!;
  const colleague = places.get(input.colleagueId);
  if (!colleague || colleague.teamId !== mine.teamId || EXIT_STATUSES.includes(colleague.status as EmployeeStatus))
    throw ruleBroken('SWAP_NOT_SAME_TEAM', 'A swap is with a current colleague of your team', 'colleagueId');
  const today = await todayInCenter(db);
  for (const field of ['requesterDay', 'colleagueDay'] as const)
    if (input[field] < today) throw ruleBroken('SWAP_DAY_PAST', 'A swap is for a day still to come', field);
  const s = {
    requesterId: me,
    colleagueId: colleague.id,
    requesterDay: input.requesterDay,
    colleagueDay: input.colleagueDay,
  };
  await refuseProblems(db, await problemsOf(db, s));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const open = await repo.openSwapsOn(trx, [
      { employeeId: me, day: s.requesterDay },
      { employeeId: me, day: s.colleagueDay },
      { employeeId: colleague.id, day: s.requesterDay },
      { employeeId: colleague.id, day: s.colleagueDay },
    ]);
    if (open.length)
      throw conflict('SWAP_ALREADY_OPEN', 'One of these days already has a swap waiting for an answer', 'requesterDay');
    const row = {
      id,
      requester_id: me,
      requester_day: s.requesterDay,
      colleague_id: colleague.id,
      colleague_day: s.colleagueDay,
      reason: input.reason,
      status: 'proposed',
      accepted_at: null,
      decided_by: null,
      decided_by_name: null,
      decided_at: null,
      note: null,
      created_at: nowIso(),
      version: 1,
    };
    await repo.insertSwap(trx, row);
    await recordAudit(trx, actor, { action: 'create', entity: 'attendance_swap', entityId: id, newValue: row });
    await notify(trx, {
      employeeIds: [colleague.id],
      kind: 'attendance_swap_proposed',
      params: { name: mine.name, day: s.requesterDay, colleagueDay: s.colleagueDay },
      link: swapLink(id),
      exceptUserIds: [actor.userId],
    });
  });
  return id;
}

export async function listSwaps(db: Db, actor: Actor, q: z.output<typeof SwapListQuery>) {
  const me = actor.employeeId ?? '';
  const statuses = q.status ? [q.status] : undefined;
  let filter: repo.SwapFilter;
  if (q.scope === 'mine') filter = { party: me, statuses };
  else if (q.scope === 'to_decide')
    filter = { waitingFor: { colleagueId: me, requesterIds: await approvablePeople(db, actor) }, statuses };
  else
    filter =
      peopleScope(actor).kind === 'all' ? { statuses } : { requesterIds: await approvablePeople(db, actor), statuses };
  const { rows, total } = await repo.listSwaps(db, filter, q.page, q.pageSize);
  return { data: await swapViews(db, actor, rows), total };
}

/** Rows as the API shows them: names, team, the two entries as they stand, and what the actor may do. */
export async function swapViews(db: Db, actor: Actor, rows: repo.SwapRow[]): Promise<SwapViewDto[]> {
  if (!rows.length) return [];
  const who = await identities(
    db,
    rows.flatMap((r) => [r.requester_id, r.colleague_id]),
  );
  const days = rows.flatMap((r) => [r.requester_day, r.colleague_day]).sort();
  const schedule = await scheduleOf(db, [...who.keys()], days[0], days[days.length - 1]);
  const offset = await centerOffset(db);
  const at = (id: string, day: string) => schedule.find((d) => d.employeeId === id && d.day === day);
  return rows.map((r) => {
    const req = who.get(r.requester_id);
    const col = who.get(r.colleague_id);
    const place: Place = { id: r.requester_id, teamId: req?.teamId ?? '', departmentId: req?.departmentId ?? '' };
    const open = r.status === 'proposed' || r.status === 'accepted';
    const isColleague = actor.employeeId === r.colleague_id;
    return {
      id: r.id,
      requesterId: r.requester_id,
      requesterName: req?.name ?? '',
      requesterDay: r.requester_day,
      colleagueId: r.colleague_id,
      colleagueName: col?.name ?? '',
      colleagueDay: r.colleague_day,
      teamId: req?.teamId ?? '',
      teamName: req?.teamName ?? '',
      reason: r.reason,
      status: r.status as SwapViewDto['status'],
      acceptedAt: r.accepted_at,
      decidedByName: r.decided_by_name,
      decidedAt: r.decided_at,
      note: r.note,
      createdAt: r.created_at,
      version: r.version,
      requesterEntry: entryView(at(r.requester_id, r.requester_day), offset),
      colleagueEntry: entryView(at(r.colleague_id, r.colleague_day), offset),
      can: {
        accept: r.status === 'proposed' && isColleague,
        decline: r.status === 'proposed' && isColleague,
        approve: r.status === 'accepted' && leadsPlace(actor, place) && actor.employeeId !== r.colleague_id,
        cancel: open && actor.employeeId === r.requester_id,
      },
    };
  });
}
