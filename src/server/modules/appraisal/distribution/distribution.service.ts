import type { z } from 'zod';
import { GRADES, type GradeName } from '../../../../common/appraisal-plans.js';
import type { DistributionData, GradeRowData, GradesData } from '../../../../common/appraisal-results.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { nowIso } from '../../../lib/clock.js';
import { identities, teamsOf } from '../../people/identity.service.js';
import { distributeTeam } from '../scoring/distribute.js';
import { gradeFor } from '../scoring/score.js';
import { isSettled, requireCycle, type CycleContext } from './cycle-context.js';
import * as repo from './distribution.repo.js';

// Grades of a cycle (SPEC §9 "grades, forced distribution per team"). A person's grade is the one
// their total's band gives; when the plan turns the forced distribution on, each team of at least
// minTeamSize graded people is distributed by the engine (scoring/distribute.ts documents the caps,
// the low share and the tie rule). Ties in the total are broken by the points of the sheet's items,
// heaviest weight first — the KPI the plan cares most about decides — and only then treated as
// equal. Until the cycle is final the grades follow the sheets; from `final` on they are fixed
// (stored), and only an upheld appeal fixes them again.

export interface PersonGrade {
  sheetId: string;
  employeeId: string;
  teamId: string;
  departmentId: string;
  total: number | null;
  scoreGrade: GradeName | null;
  grade: GradeName | null;
  teamRank: number | null;
}

/** Whether the forced distribution applies to a team of this many graded people. */
export const forcedApplies = (cycle: CycleContext, graded: number) =>
  !!cycle.content.forcedDistribution && graded >= cycle.content.forcedDistribution.minTeamSize;

/** Appends to the list under a key (no copying: a cycle may hold thousands of people). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

type Ranked = { personId: string; total: number | null; tiebreak: number[] };
/** Better first: total, then each tie key; equal on all of them = 0 (they share a rank). */
function rankOrder(a: Ranked, b: Ranked) {
  if (a.total !== b.total) return (b.total ?? -1) - (a.total ?? -1);
  for (let k = 0; k < Math.max(a.tiebreak.length, b.tiebreak.length); k++) {
    const d = (b.tiebreak[k] ?? -1) - (a.tiebreak[k] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export async function computeGrades(db: Db, cycle: CycleContext): Promise<PersonGrade[]> {
  const [sheets, items] = await Promise.all([repo.cycleSheets(db, cycle.id), repo.cycleItemPoints(db, cycle.id)]);
  const keys = new Map<string, { points: number; weight: number; code: string }[]>();
  for (const i of items) pushTo(keys, i.sheet_id, { points: i.points ?? -1, weight: i.weight, code: i.code });
  const tiebreak = (sheetId: string) =>
    (keys.get(sheetId) ?? []).sort((a, b) => b.weight - a.weight || (a.code < b.code ? -1 : 1)).map((k) => k.points);

  const byTeam = new Map<string, typeof sheets>();
  for (const s of sheets) pushTo(byTeam, s.team_id, s);
  const out: PersonGrade[] = [];
  for (const team of byTeam.values()) {
    const rows: Ranked[] = team.map((s) => ({ personId: s.employee_id, total: s.total, tiebreak: tiebreak(s.id) }));
    const { grades } = distributeTeam(rows, cycle.content);
    // Competition ranking (1, 2, 2, 4): people equal on the total and every tie key share a rank.
    const rank = new Map<string, number>();
    const ordered = rows.filter((r) => r.total !== null).sort(rankOrder);
    ordered.forEach((r, i) =>
      rank.set(r.personId, i > 0 && rankOrder(ordered[i - 1], r) === 0 ? rank.get(ordered[i - 1].personId)! : i + 1),
    );
    for (const s of team)
      out.push({
        sheetId: s.id,
        employeeId: s.employee_id,
        teamId: s.team_id,
        departmentId: s.department_id,
        total: s.total,
        scoreGrade: s.total === null ? null : gradeFor(cycle.content.grades, s.total),
        grade: grades.get(s.employee_id) ?? null,
        teamRank: rank.get(s.employee_id) ?? null,
      });
  }
  return out;
}

/** Stores the grades as they stand now (at `final`, and again after an appeal upheld while final). */
export async function fixGrades(trx: Db, cycle: CycleContext): Promise<PersonGrade[]> {
  const grades = await computeGrades(trx, cycle);
  await repo.replaceFixed(
    trx,
    cycle.id,
    grades.map((g) => ({
      employee_id: g.employeeId,
      team_id: g.teamId,
      sheet_id: g.sheetId,
      total: g.total,
      score_grade: g.scoreGrade,
      grade: g.grade,
      team_rank: g.teamRank,
    })),
    nowIso(),
  );
  return grades;
}

/**
 * The grades that count: fixed ones from `final` on (fixed on first need when the step change did
 * not fix them), the sheets as they stand before. The department of a fixed row is its sheet's.
 */
export async function currentGrades(db: Db, cycle: CycleContext): Promise<{ fixed: boolean; rows: PersonGrade[] }> {
  if (!isSettled(cycle.status)) return { fixed: false, rows: await computeGrades(db, cycle) };
  let stored = await repo.fixedGrades(db, cycle.id);
  if (!stored.length) {
    try {
      await db.transaction().execute((trx) => fixGrades(trx, cycle));
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // another request fixed them at the same moment
    }
    stored = await repo.fixedGrades(db, cycle.id);
  }
  const departments = new Map((await repo.cycleSheets(db, cycle.id)).map((s) => [s.id, s.department_id]));
  return {
    fixed: true,
    rows: stored.map((g) => ({
      sheetId: g.sheet_id,
      employeeId: g.employee_id,
      teamId: g.team_id,
      departmentId: departments.get(g.sheet_id) ?? '',
      total: g.total,
      scoreGrade: g.score_grade as GradeName | null,
      grade: g.grade as GradeName | null,
      teamRank: g.team_rank,
    })),
  };
}

/** Whether the actor sees a person's grade: the people scope, on the team and department of the sheet. */
export const visibleTo = (actor: Actor) => {
  const scope = peopleScope(actor);
  return (g: PersonGrade) =>
    inPeopleScope(scope, { id: g.employeeId, team_id: g.teamId, department_id: g.departmentId });
};

export async function cycleGrades(
  db: Db,
  actor: Actor,
  cycleId: string,
  q: { teamId?: string },
): Promise<z.infer<typeof GradesData>> {
  const cycle = await requireCycle(db, cycleId);
  const { fixed, rows } = await currentGrades(db, cycle);
  const mine = rows.filter(visibleTo(actor)).filter((g) => !q.teamId || g.teamId === q.teamId);
  const [people, teams] = await Promise.all([
    identities(
      db,
      mine.map((g) => g.employeeId),
    ),
    teamsOf(
      db,
      mine.map((g) => g.teamId),
    ),
  ]);
  const data: GradeRowData[] = mine.map((g) => ({
    employeeId: g.employeeId,
    employeeNo: people.get(g.employeeId)?.employeeNo ?? '',
    employeeName: people.get(g.employeeId)?.name ?? '',
    teamId: g.teamId,
    teamName: teams.get(g.teamId)?.name ?? '',
    total: g.total,
    scoreGrade: g.scoreGrade,
    grade: g.grade,
    adjusted: g.grade !== g.scoreGrade,
    teamRank: g.teamRank,
  }));
  data.sort((a, b) =>
    a.teamName < b.teamName ? -1 : a.teamName > b.teamName ? 1 : (a.teamRank ?? 1e9) - (b.teamRank ?? 1e9),
  );
  return { cycleId, forced: !!cycle.content.forcedDistribution, fixed, rows: data };
}

const zeroCounts = () => Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<GradeName, number>;

/**
 * Counts per grade for the chart: each team the reader sees at least one person of (a lead their
 * team, a center manager their department, HR all; an agent only their own grade, as a team of one
 * would leak the others' grades), and their sum.
 */
export async function distributionData(
  db: Db,
  actor: Actor,
  cycleId: string,
): Promise<z.infer<typeof DistributionData>> {
  const cycle = await requireCycle(db, cycleId);
  const { fixed, rows } = await currentGrades(db, cycle);
  const mine = rows.filter(visibleTo(actor));
  const teams = await teamsOf(
    db,
    mine.map((g) => g.teamId),
  );
  const byTeam = new Map<string, PersonGrade[]>();
  for (const g of mine) pushTo(byTeam, g.teamId, g);
  const graded = new Map<string, number>();
  for (const g of rows) if (g.grade) graded.set(g.teamId, (graded.get(g.teamId) ?? 0) + 1);
  const center = { size: 0, counts: zeroCounts(), ungraded: 0 };
  const teamRows = [...byTeam].map(([teamId, people]) => {
    const counts = zeroCounts();
    let ungraded = 0;
    for (const p of people) {
      if (p.grade) counts[p.grade] += 1;
      else ungraded += 1;
    }
    center.size += people.length;
    center.ungraded += ungraded;
    for (const g of GRADES) center.counts[g] += counts[g];
    return {
      teamId,
      teamName: teams.get(teamId)?.name ?? '',
      departmentId: teams.get(teamId)?.departmentId ?? '',
      size: people.length,
      forcedApplied: forcedApplies(cycle, graded.get(teamId) ?? 0),
      counts,
      ungraded,
    };
  });
  teamRows.sort((a, b) => (a.teamName < b.teamName ? -1 : a.teamName > b.teamName ? 1 : 0));
  return { cycleId, forced: !!cycle.content.forcedDistribution, fixed, teams: teamRows, center };
}
