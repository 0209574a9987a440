import {
  PANEL_PATHS,
  type AttendanceCounts,
  type HomePanels,
  type KpiFigures,
  type QaWeek,
} from '../../../../common/home-panels.js';
import { hasPermission } from '../../../../common/permissions.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope, type PeopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { addDays } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { atRisk } from '../../evaluation/board.service.js';
import { agentKpiFacts, type AgentKpiFacts } from '../../interactions/kpi/kpi.facts.js';
import { people } from '../../people/identity.service.js';
import { addSums, noSums, sampleOf, tQuantile, type Sums } from '../../quality/stats/stats.js';
import { attendanceOutcomes, qaDaySums } from './panels.repo.js';

// How the signed-in person's people are doing (issue 26 item 2). A lead or manager sees their
// people scope (lib/access.ts); an agent or trainee sees themself next to their team; anyone else
// (an evaluator, a trainer with no people of their own) has no panels.

const PEOPLE_ROLES = new Set(['team_lead', 'center_manager', 'training_manager', 'admin', 'hr']);
const SELF_ROLES = new Set(['agent', 'trainee']);

/** The Monday of the week `day` falls in (calendar arithmetic on the date alone). */
export const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** A week's mean and its interval mean ± t·sd/√n (t at the two-sided `level`). */
export function weekOf(week: string, s: Sums, level: number): QaWeek {
  if (!s.n) return { week, n: 0, mean: null, low: null, high: null };
  const { mean, variance } = sampleOf(s);
  if (s.n < 2) return { week, n: s.n, mean: round(mean, 2), low: null, high: null };
  const half = tQuantile(1 - (1 - level) / 2, s.n - 1) * Math.sqrt(variance / s.n);
  return { week, n: s.n, mean: round(mean, 2), low: round(mean - half, 2), high: round(mean + half, 2) };
}

async function qaTrend(db: Db, who: PeopleScope, weeks: string[], to: string, level: number) {
  const byWeek = new Map(weeks.map((w) => [w, noSums()]));
  for (const d of await qaDaySums(db, who, weeks[0], to)) addSums(byWeek.get(mondayOf(d.day))!, d);
  return weeks.map((w) => weekOf(w, byWeek.get(w)!, level));
}

/** Agent ids of a set for the KPI facts (null: everyone). */
async function agentIdsOf(db: Db, who: PeopleScope): Promise<string[] | null> {
  if (who.kind === 'all') return null;
  return (await people(db, { scope: who })).map((p) => p.id);
}

async function kpiOf(db: Db, who: PeopleScope, from: string, to: string, satisfiedMin: number): Promise<KpiFigures> {
  const ids = await agentIdsOf(db, who);
  // One read of the per-agent daily rollups, satisfied responses included (csat_satisfied).
  const facts: AgentKpiFacts[] = [...(await agentKpiFacts(db, ids, from, to, satisfiedMin)).values()];
  const t: Omit<AgentKpiFacts, 'agentId'> = {
    handled: 0,
    talkSeconds: 0,
    holdSeconds: 0,
    wrapSeconds: 0,
    fcrYes: 0,
    fcrKnown: 0,
    csatCount: 0,
    csatSatisfied: 0,
  };
  for (const f of facts) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += f[k];
  return {
    handled: t.handled,
    fcrPercent: t.fcrKnown ? round((100 * t.fcrYes) / t.fcrKnown, 1) : null,
    ahtSeconds: t.handled ? round((t.talkSeconds + t.holdSeconds + t.wrapSeconds) / t.handled, 1) : null,
    csatPercent: t.csatCount ? round((100 * t.csatSatisfied) / t.csatCount, 1) : null,
  };
}

async function attendanceOf(db: Db, who: PeopleScope, from: string, to: string): Promise<AttendanceCounts> {
  const n = await attendanceOutcomes(db, who, from, to);
  const c = (k: string) => n.get(k) ?? 0;
  return {
    late: c('late') + c('late_and_early'),
    earlyLeave: c('early_leave') + c('late_and_early'),
    absent: c('absent') + c('half_day_absent'),
  };
}

const only = (ids: { employeeIds?: string[]; teamIds?: string[] }): PeopleScope => ({
  kind: 'limited',
  departmentIds: [],
  teamIds: ids.teamIds ?? [],
  employeeIds: ids.employeeIds ?? [],
});

export async function panelsOf(db: Db, actor: Actor): Promise<HomePanels> {
  const today = await todayInCenter(db);
  const lead = actor.roles.some((r) => PEOPLE_ROLES.has(r));
  const self = !lead && actor.roles.some((r) => SELF_ROLES.has(r)) && !!actor.employeeId;
  if (!lead && !self) return { today, audience: 'none', qa: null, kpi: null, attendance: null, atRisk: null };

  const [trendWeeks, confidence, satisfiedMin, fcr, aht, csat] = await Promise.all([
    getSetting(db, 'home.panels.trendWeeks'),
    getSetting(db, 'quality.agentScore.confidencePercent'),
    getSetting(db, 'appraisal.csatSatisfiedMin'),
    getSetting(db, 'appraisal.kpi.fcr.target'),
    getSetting(db, 'appraisal.kpi.aht.target'),
    getSetting(db, 'appraisal.kpi.csat.target'),
  ]);
  const thisWeek = mondayOf(today);
  const weeks = Array.from({ length: trendWeeks }, (_, i) => addDays(thisWeek, -7 * (trendWeeks - 1 - i)));
  const monthStart = `${today.slice(0, 8)}01`;
  const level = confidence / 100;

  // An agent's own figures sit next to their team's; a lead's figures are their scope's.
  const mine = lead ? peopleScope(actor) : only({ employeeIds: [actor.employeeId!] });
  const team = !lead && actor.teamId ? only({ teamIds: [actor.teamId] }) : null;
  const mayAtRisk = lead && hasPermission(actor.roles, 'evaluation.read');

  const [qaMine, qaTeam, kpiMine, kpiTeam, attMine, attTeam, risky] = await Promise.all([
    qaTrend(db, mine, weeks, today, level),
    team ? qaTrend(db, team, weeks, today, level) : null,
    kpiOf(db, mine, monthStart, today, satisfiedMin),
    team ? kpiOf(db, team, monthStart, today, satisfiedMin) : null,
    attendanceOf(db, mine, thisWeek, today),
    team ? attendanceOf(db, team, thisWeek, today) : null,
    mayAtRisk ? atRisk(db, actor, { state: 'all', page: 1, pageSize: 1 }) : null,
  ]);
  const seesTeams = hasPermission(actor.roles, 'interactions.teams');
  return {
    today,
    audience: lead ? 'people' : 'self',
    qa: {
      path: lead ? PANEL_PATHS.qaPeople : PANEL_PATHS.qaSelf,
      confidencePercent: confidence,
      mine: qaMine,
      team: qaTeam,
    },
    kpi: {
      path: seesTeams ? PANEL_PATHS.kpiTeams : PANEL_PATHS.kpiAgent,
      from: monthStart,
      to: today,
      targets: { fcrPercent: fcr, ahtSeconds: aht, csatPercent: csat },
      mine: kpiMine,
      team: kpiTeam,
    },
    attendance: {
      path: hasPermission(actor.roles, 'attendance.approve') ? PANEL_PATHS.attendanceLead : PANEL_PATHS.attendanceSelf,
      from: thisWeek,
      to: today,
      mine: attMine,
      team: attTeam,
    },
    atRisk: risky ? { path: PANEL_PATHS.atRisk, count: risky.total } : null,
  };
}
