import type { z } from 'zod';
import type { AgentScoreQuery } from '../../../../common/quality-calibration.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope, requirePersonInScope } from '../../../lib/access.js';
import { addDays } from '../../../lib/clock.js';
import { todayInCenter } from '../../../lib/center-time.js';
import type { Actor } from '../../../lib/actor.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { AppError, notFound } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import * as repo from './agent-score.repo.js';
import { meanInterval } from '../stats/stats.js';
import { people, placeOf, teamsOf, withIdentity } from '../../people/identity.service.js';

// An agent's QA score with its margin of error (SPEC §8, issue 7 item 10): over a range of days,
// the number of evaluations, the mean FINAL score (after disputes) and a t-based interval at the
// confidence of quality.agentScore.confidencePercent, so "82.4 ± 6.1 (n=3)" is never read as if
// it were three hundred calls. Below quality.agentScore.minEvaluations it says "not enough to
// judge" (enough: false). With a team or an agent asked for, people without evaluations are
// listed too (n = 0). Visibility is the people scope: an agent sees only themself, a team lead
// their team, a manager their department, HR and admins everyone.

const MAX_DAYS = 366;
const DEFAULT_DAYS = 30;
const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export async function agentScores(db: Db, actor: Actor, query: z.output<typeof AgentScoreQuery>) {
  const to = query.to ?? (await todayInCenter(db));
  const q = { ...query, to, from: query.from ?? addDays(to, -(DEFAULT_DAYS - 1)) };
  assertDateOrder(q.from, q.to, 'to', 'to: the range ends before it starts');
  if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 >= MAX_DAYS)
    throw new AppError(400, 'PERIOD_TOO_LONG', `to: at most ${MAX_DAYS} days at a time`, 'to', { days: MAX_DAYS });
  const scope = peopleScope(actor);
  if (q.teamId && !(await teamsOf(db, [q.teamId])).size) throw notFound('Team');
  if (q.agentId) {
    requirePersonInScope(actor, await placeOf(db, q.agentId), 'Agent');
  }
  const [minEvaluations, confidence] = await Promise.all([
    getSetting(db, 'quality.agentScore.minEvaluations'),
    getSetting(db, 'quality.agentScore.confidencePercent'),
  ]);
  const level = Math.min(Math.max(confidence, 50), 99.9) / 100;
  const rows = await withIdentity(
    db,
    await repo.finalScores(db, scope, q),
    (r) => r.agent_id,
    (p) => ({ name: p.name, employee_no: p.employeeNo, team_id: p.teamId, team_name: p.teamName }),
  );
  const byAgent = new Map<
    string,
    { name: string; employeeNo: string; teamId: string; teamName: string; scores: number[] }
  >();
  if (q.teamId || q.agentId) {
    // The current members of a team (or the one agent), so agents without evaluations show too.
    const members = await people(db, {
      scope,
      current: true,
      teamIds: q.teamId ? [q.teamId] : undefined,
      ids: q.agentId ? [q.agentId] : undefined,
    });
    for (const p of members)
      byAgent.set(p.id, { name: p.name, employeeNo: p.employeeNo, teamId: p.teamId, teamName: p.teamName, scores: [] });
  }
  for (const r of rows) {
    const a = byAgent.get(r.agent_id) ?? {
      name: r.name,
      employeeNo: r.employee_no,
      teamId: r.team_id,
      teamName: r.team_name,
      scores: [],
    };
    a.scores.push(Number(r.final_score));
    byAgent.set(r.agent_id, a);
  }
  const agents = [...byAgent.entries()].map(([agentId, a]) => {
    const m = meanInterval(a.scores, level);
    return {
      agentId,
      agentName: a.name,
      employeeNo: a.employeeNo,
      teamId: a.teamId,
      teamName: a.teamName,
      // A mean score cannot leave 0–100, so neither do the bounds shown; the half width stays as computed.
      n: m.n,
      mean: round(m.mean),
      low: m.low === null ? null : round(Math.max(0, m.low)),
      high: m.high === null ? null : round(Math.min(100, m.high)),
      halfWidth: round(m.halfWidth),
      enough: m.n >= minEvaluations,
    };
  });
  agents.sort(
    (x, y) =>
      x.teamName.localeCompare(y.teamName) ||
      (y.mean ?? -1) - (x.mean ?? -1) ||
      x.employeeNo.localeCompare(y.employeeNo),
  );
  return { from: q.from, to: q.to, minEvaluations, level, agents };
}
