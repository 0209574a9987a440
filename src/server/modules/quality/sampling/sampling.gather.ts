import type { Db } from '../../../db/connect.js';
import { addWorkingDaysIn, getCalendar, isWorkingDayIn, workingDaysBetweenIn } from '../../../lib/calendar.js';
import { addDays, dayRange } from '../../../lib/clock.js';
import { centerOffset, todayInCenter } from '../../../lib/center-time.js';
import { getSetting } from '../../../lib/settings.js';
import { samplingCandidates } from '../../interactions/records/records.service.js';
import type { AgentFacts, Candidate, ChangeEventFacts, PlanSettings } from './sampling.plan.js';
import * as repo from './sampling.repo.js';
import { agentsUnderFollowUp } from '../summary/summary.followups.js';
import { identities } from '../../people/identity.service.js';

// The facts a week's draw is decided on: the week's handled interactions per agent (read day by
// day through the interactions module, on its (day, agent_id) index), who is a new hire and
// since when, recent QA results, and the change events that reach into the week.
// A covering index (day, agent_id, started_at, business_type, channel) would halve the read (0.5
// against 0.75 s CPU for the 226,000 rows of the bench week) but cost every import ~40 % more
// CPU per inserted row; a weekly draw is not worth slowing every import, so there is none.

const GONE = new Set(['candidate', 'resigned', 'dismissed', 'eliminated']); // not working: nothing to monitor
const BEFORE_REGULAR = new Set(['trainee', 'probation']);

export interface AgentWeek {
  facts: AgentFacts;
  candidates: Candidate[];
  teamId: string;
}

/** Center-local minute of the day of a stored UTC instant ('YYYY-MM-DDTHH:mm:ss.sssZ'). */
const localMinute = (iso: string, offset: number) =>
  (((Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16)) + offset) % 1440) + 1440) % 1440;

async function planSettings(db: Db): Promise<PlanSettings> {
  return {
    minimumPerWeek: await getSetting(db, 'quality.sampling.minimumPerWeek'),
    sharePercent: await getSetting(db, 'quality.sampling.sharePercent'),
    hourBandHours: Math.max(1, await getSetting(db, 'quality.sampling.hourBandHours')),
    newHireStage1Percent: await getSetting(db, 'quality.sampling.newHireStage1Percent'),
    newHireStage2Percent: await getSetting(db, 'quality.sampling.newHireStage2Percent'),
    newHirePassesPerStage: await getSetting(db, 'quality.sampling.newHirePassesPerStage'),
    poorScoreBelow: await getSetting(db, 'quality.sampling.poorScoreBelow'),
    poorScorePercent: await getSetting(db, 'quality.sampling.poorScorePercent'),
    followUpPercent: await getSetting(db, 'quality.sampling.followUpPercent'),
  };
}

export async function gatherWeek(db: Db, weekStart: string) {
  const settings = await planSettings(db);
  const offset = await centerOffset(db);
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const weekEnd = days[6];
  const closed = new Set(await repo.closedInteractionIds(db, weekStart));

  const byAgent = new Map<string, Candidate[]>();
  let candidateCount = 0;
  for (const day of days) {
    for (const r of await samplingCandidates(db, day)) {
      if (closed.size && closed.has(r.id)) continue;
      const c: Candidate = {
        id: r.id,
        agentId: r.agent_id,
        startedAt: r.started_at,
        day,
        minute: localMinute(r.started_at, offset),
        businessType: r.business_type,
        channel: r.channel,
      };
      const list = byAgent.get(r.agent_id);
      if (list) list.push(c);
      else byAgent.set(r.agent_id, [c]);
      candidateCount += 1;
    }
  }

  const people = (await agentsByIds(db, [...byAgent.keys()]))
    .filter((p) => !GONE.has(p.status))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const newHires = people.filter((p) => BEFORE_REGULAR.has(p.status));
  const probation = new Map(
    (
      await repo.probationStarts(
        db,
        newHires.map((p) => p.id),
      )
    ).map((r) => [r.employee_id, r.day]),
  );

  // The new hire's every-interaction window: day 1 is the start (or the first working day after it).
  const windowDays = await getSetting(db, 'quality.sampling.newHireAllWorkingDays');
  const cal = newHires.length && windowDays > 0 ? await getCalendar(db) : null;
  const windows = new Map<string, Map<string, number>>();
  for (const p of newHires) {
    const start = probation.get(p.id) ?? p.hire_date;
    if (!cal || start > weekEnd || addWorkingDaysIn(cal, start, windowDays) < weekStart) continue;
    const first = isWorkingDayIn(cal, start) ? 1 : 0;
    const inWindow = new Map<string, number>();
    for (const d of days) {
      if (d < start) continue;
      const n = workingDaysBetweenIn(cal, start, d) + first;
      if (n >= 1 && n <= windowDays) inWindow.set(d, n);
    }
    if (inWindow.size) windows.set(p.id, inWindow);
  }

  // Recent QA results: the mean of the last few (poor scores) and passes in a row (new hires).
  const lookback = await getSetting(db, 'quality.sampling.poorScoreLookbackDays');
  const recentN = await getSetting(db, 'quality.sampling.poorScoreRecentEvaluations');
  const since = dayRange(
    addDays(await todayInCenter(db), -lookback),
    addDays(await todayInCenter(db), -lookback),
    offset,
  ).start;
  const means = new Map<string, number>();
  const recent = new Map<string, number[]>();
  for (const e of await repo.evaluationsSince(
    db,
    people.map((p) => p.id),
    since,
  )) {
    const list = recent.get(e.agent_id) ?? [];
    if (list.length < recentN) list.push(Number(e.final_score));
    recent.set(e.agent_id, list);
  }
  for (const [id, list] of recent) if (list.length) means.set(id, list.reduce((x, y) => x + y, 0) / list.length);
  const passes = new Map<string, number>();
  const broken = new Set<string>();
  for (const e of await repo.evaluationsOf(
    db,
    newHires.map((p) => p.id),
  )) {
    if (broken.has(e.agent_id)) continue;
    if (Number(e.passed) === 1) passes.set(e.agent_id, (passes.get(e.agent_id) ?? 0) + 1);
    else broken.add(e.agent_id);
  }

  const events: ChangeEventFacts[] = (await repo.changeEventsStartingBetween(db, addDays(weekStart, -366), weekEnd))
    .filter((e) => addDays(e.starts_on, Number(e.days) - 1) >= weekStart)
    .map((e) => ({
      id: e.id,
      title: e.title,
      startsOn: e.starts_on,
      days: Number(e.days),
      raisePercent: Number(e.raise_percent),
      businessType: e.business_type,
      departmentId: e.department_id,
    }));

  const followed = new Set(await agentsUnderFollowUp(db, weekStart));

  const agents: AgentWeek[] = people.map((p) => ({
    teamId: p.team_id,
    candidates: byAgent.get(p.id)!, // in the index's order: the same data gives the same order (the picks sort for themselves)
    facts: {
      agentId: p.id,
      departmentId: p.department_id,
      newHireDays: windows.get(p.id) ?? new Map(),
      beforeRegular: BEFORE_REGULAR.has(p.status),
      passesInRow: passes.get(p.id) ?? 0,
      recentMean: means.get(p.id) ?? null,
      underFollowUp: followed.has(p.id),
    },
  }));
  return { agents, events, settings, candidateCount };
}

/** The agents with these ids: number, name, status, hire date and where they sit (identity read-model). */
export async function agentsByIds(db: Db, ids: string[]) {
  return [...(await identities(db, ids)).values()].map((p) => ({
    id: p.id,
    employee_no: p.employeeNo,
    name: p.name,
    status: p.status,
    hire_date: p.hireDate,
    team_id: p.teamId,
    department_id: p.departmentId,
    team_name: p.teamName,
  }));
}
