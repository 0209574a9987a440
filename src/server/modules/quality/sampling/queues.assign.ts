import type { EvaluatorLevel } from '../../../../common/quality-sampling.js';
import type { z } from 'zod';

// Who may be given which sample, and the balanced assignment of a draw (SPEC §8 "Several levels
// monitor: manager, supervisor, QC, team lead"; issue 7 item 3). Pure.
//
// Levels come from the account's roles: a center manager is "manager" (their department's
// agents only, as they see no others); a QA evaluator whose own status is team lead or key staff
// (质检主管, a senior QC) is "supervisor", any other QA evaluator "qc" (both: every agent); a team
// lead is "team_lead" (their own team only). Nobody evaluates themselves.

export type Level = z.infer<typeof EvaluatorLevel>;

export interface Evaluator {
  userId: string;
  employeeId: string | null;
  level: Level;
  teamId: string | null;
  departmentId: string | null;
  /** Samples per day they are meant to score (their recording quota): the share of a draw they get. */
  weight: number;
}

export interface SampleTarget {
  agentId: string;
  teamId: string;
  departmentId: string;
}

export function levelOf(roles: readonly string[], employeeStatus: string | null): Level | null {
  if (roles.includes('center_manager')) return 'manager';
  if (roles.includes('qa_evaluator'))
    return employeeStatus === 'team_lead' || employeeStatus === 'key_staff' ? 'supervisor' : 'qc';
  if (roles.includes('team_lead')) return 'team_lead';
  return null;
}

export function mayEvaluate(
  ev: Pick<Evaluator, 'employeeId' | 'level' | 'teamId' | 'departmentId'>,
  s: SampleTarget,
): boolean {
  if (ev.employeeId && ev.employeeId === s.agentId) return false;
  if (ev.level === 'manager') return ev.departmentId === s.departmentId;
  if (ev.level === 'team_lead') return ev.teamId === s.teamId;
  return true;
}

/** Each sample to the eligible evaluator with the least open work for their quota (open ÷
 *  quota after taking it), ties to the first in the list; null when nobody may take it. With
 *  `days`, nobody is given more than their quota for that many days, open work included; when
 *  that leaves samples over, they are handed out again with the samples fewest evaluators may
 *  take first, so a QC's quota is not used up on samples a team lead could have taken. */
export function assignBalanced(
  samples: SampleTarget[],
  evaluators: Evaluator[],
  openNow: Map<string, number>,
  days = Infinity,
): (string | null)[] {
  const byTeam = new Map<string, Evaluator[]>();
  const eligibleFor = (s: SampleTarget) => {
    let eligible = byTeam.get(s.teamId);
    if (!eligible) {
      eligible = evaluators.filter((e) => e.weight > 0 && mayEvaluate({ ...e, employeeId: null }, s));
      byTeam.set(s.teamId, eligible);
    }
    return eligible;
  };
  const inOrder = samples.map((_, i) => i);
  const first = assignInOrder(samples, inOrder, eligibleFor, openNow, days);
  if (!first.includes(null)) return first;
  const constrainedFirst = [...inOrder].sort(
    (a, b) => eligibleFor(samples[a]).length - eligibleFor(samples[b]).length || a - b,
  );
  const second = assignInOrder(samples, constrainedFirst, eligibleFor, openNow, days);
  const left = (xs: (string | null)[]) => xs.filter((x) => x === null).length;
  return left(second) < left(first) ? second : first;
}

function assignInOrder(
  samples: SampleTarget[],
  order: number[],
  eligibleFor: (s: SampleTarget) => Evaluator[],
  openNow: Map<string, number>,
  days: number,
) {
  const load = new Map(openNow);
  const out: (string | null)[] = samples.map(() => null);
  for (const i of order) {
    const s = samples[i];
    let best: Evaluator | null = null;
    let bestRatio = Infinity;
    for (const e of eligibleFor(s)) {
      if (e.employeeId && e.employeeId === s.agentId) continue;
      if ((load.get(e.userId) ?? 0) + 1 > e.weight * days) continue;
      const ratio = ((load.get(e.userId) ?? 0) + 1) / e.weight;
      if (ratio < bestRatio - 1e-12) {
        best = e;
        bestRatio = ratio;
      }
    }
    if (!best) continue;
    load.set(best.userId, (load.get(best.userId) ?? 0) + 1);
    out[i] = best.userId;
  }
  return out;
}
