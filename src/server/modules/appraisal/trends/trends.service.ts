import { GRADES, type GradeName } from '../../../../common/appraisal-plans.js';
import type { TeamTrendsData } from '../../../../common/appraisal-results.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { teamsOf } from '../../people/identity.service.js';
import * as repo from './trends.repo.js';

// Team trend (issue 18 item 7 "trends per agent and team"): each team's average total and grade
// counts per published cycle, oldest first. The team is the one stored on the grade row (the
// person's team when the grades were fixed), so a later transfer does not rewrite history. A team
// is seen whole or not at all: a lead sees their team, a center manager the teams of their
// department, HR and admin every team; an agent sees no team (their own trend is on My appraisal,
// and a team average would tell them about the others).

type Point = TeamTrendsData['teams'][number]['points'][number];

const zeroCounts = () => Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<GradeName, number>;
const round2 = (n: number) => Math.round(n * 100) / 100;

export async function teamTrends(db: Db, actor: Actor, q: { from?: string; to?: string }): Promise<TeamTrendsData> {
  const scope = peopleScope(actor);
  if (scope.kind === 'limited' && !scope.teamIds.length && !scope.departmentIds.length)
    return { cycles: [], teams: [] };
  const rows = await repo.publishedGrades(db, q);
  const teams = await teamsOf(
    db,
    rows.map((r) => r.team_id),
  );
  const visible = (teamId: string) =>
    scope.kind === 'all' ||
    scope.teamIds.includes(teamId) ||
    scope.departmentIds.includes(teams.get(teamId)?.departmentId ?? '');

  const cycles = new Map<string, TeamTrendsData['cycles'][number]>();
  const sums = new Map<string, Map<string, Point & { sum: number; scored: number }>>();
  for (const r of rows) {
    if (!visible(r.team_id)) continue;
    if (!cycles.has(r.cycle_id))
      cycles.set(r.cycle_id, {
        cycleId: r.cycle_id,
        cycleName: r.name,
        periodFrom: r.period_start,
        periodTo: r.period_end,
      });
    let byCycle = sums.get(r.team_id);
    if (!byCycle) sums.set(r.team_id, (byCycle = new Map()));
    let p = byCycle.get(r.cycle_id);
    if (!p) {
      p = { cycleId: r.cycle_id, size: 0, averageTotal: null, counts: zeroCounts(), ungraded: 0, sum: 0, scored: 0 };
      byCycle.set(r.cycle_id, p);
    }
    p.size += 1;
    if (r.total !== null) {
      p.sum += r.total;
      p.scored += 1;
    }
    if (r.grade) p.counts[r.grade as GradeName] += 1;
    else p.ungraded += 1;
  }
  // Rows come oldest first, so each team's points (insertion order) already follow the cycles.
  const out = [...sums].map(([teamId, byCycle]) => ({
    teamId,
    teamName: teams.get(teamId)?.name ?? '',
    points: [...byCycle.values()].map(({ sum, scored, ...p }) => ({
      ...p,
      averageTotal: scored ? round2(sum / scored) : null,
    })),
  }));
  out.sort((a, b) => (a.teamName < b.teamName ? -1 : a.teamName > b.teamName ? 1 : 0));
  return { cycles: [...cycles.values()], teams: out };
}
