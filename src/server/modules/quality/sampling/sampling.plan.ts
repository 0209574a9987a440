import type { SampleReasonShape } from '../../../../common/quality-sampling.js';
import { addDays } from '../../../lib/clock.js';
import { streamFor } from './sampling.rng.js';

// How much of one agent's week is monitored, and which interactions (SPEC §8 "How much to
// monitor", "Sampling"). Pure: the service gathers the facts, this decides. Rules, in order:
//
// 1. New hire's first days: every interaction on a day inside the first N working days
//    (quality.sampling.newHireAllWorkingDays; day 1 = the day they first moved to probation, or
//    their hire date when no move is recorded, or the next working day when that was none; a
//    weekend or holiday in between keeps the number of the working day before it) is picked
//    ("new hire, day 3: every interaction"). Working days follow lib/calendar.ts, which refuses a
//    year it has no data for (422 CALENDAR_YEAR_MISSING) rather than guess.
// 2. The rest of the week at the highest applicable rate:
//      share of volume              quality.sampling.sharePercent (5–15 %)
//      new hire before regular      50 % until their last K evaluations all passed, then 25 %
//      status, after the window     until the last 2K passed, then the share
//                                   (newHireStage1Percent, newHireStage2Percent, K = newHirePassesPerStage)
//      poor recent scores           poorScorePercent when the mean final score of their last
//                                   poorScoreRecentEvaluations evaluations (within
//                                   poorScoreLookbackDays) is below poorScoreBelow
//      under follow-up              followUpPercent while a problem of theirs is followed (part
//                                   D's agentsUnderFollowUp: open at any time in the week) —
//                                   "monitored again until it is solved"
//    and never fewer than the weekly minimum (minimumPerWeek, counting the new-hire picks): the
//    larger of minimum and share wins; an agent with fewer interactions than the minimum has all
//    of them picked.
// 3. Change events: for each dated event (knowledge, system, process) covering some of the week
//    and the agent (its department and business type, when limited), a further raisePercent of
//    the agent's interactions in its days and scope, from those not yet picked.
//
// Which interactions: random but stratified. Every business type the agent handled gets at least
// one pick when there are as many picks as types (so non-voice work is covered type by type); the
// rest go to types in proportion to their volume; inside a type, systematic sampling over the
// interactions ordered by hour band then time spreads picks over the bands (and days) in
// proportion to volume, so the busy hours are never left out and the quiet ones never dominate.
// Each allocation starts at a seeded random point, so every interaction of a stratum has the same
// chance and the same seed repeats the same draw.

export interface Candidate {
  id: string;
  agentId: string;
  startedAt: string; // UTC
  day: string; // center-local
  minute: number; // center-local minute of the day
  businessType: string;
  channel: string;
}

export interface AgentFacts {
  agentId: string;
  departmentId: string;
  /** Days of the week inside the new hire's every-interaction window → their working-day number. */
  newHireDays: Map<string, number>;
  /** Before regular status (trainee / probation): the falling new-hire rate applies. */
  beforeRegular: boolean;
  /** Passed evaluations in a row, newest first. */
  passesInRow: number;
  /** Mean final score of the recent evaluations, or null when there are none. */
  recentMean: number | null;
  /** A problem of theirs is under follow-up (open) in the week. */
  underFollowUp: boolean;
}

export interface ChangeEventFacts {
  id: string;
  title: string;
  startsOn: string;
  days: number;
  raisePercent: number;
  businessType: string | null;
  departmentId: string | null;
}

export interface PlanSettings {
  minimumPerWeek: number;
  sharePercent: number;
  hourBandHours: number;
  newHireStage1Percent: number;
  newHireStage2Percent: number;
  newHirePassesPerStage: number;
  poorScoreBelow: number;
  poorScorePercent: number;
  followUpPercent: number;
}

export interface Pick {
  candidate: Candidate;
  band: number;
  reason: SampleReasonShape;
}
export interface AgentPlan {
  agentId: string;
  volume: number;
  rule: SampleReasonShape['kind'];
  percent: number | null;
  picks: Pick[];
}

export const bandOf = (minute: number, bandHours: number) => Math.floor(minute / 60 / bandHours) * bandHours;
export const bandLabel = (band: number, bandHours: number) => `${band}–${Math.min(24, band + bandHours)}`;

// ceil that forgives float noise: 15 % of 20 is 3, not 4.
const ceilShare = (percent: number, volume: number) => Math.ceil((percent * volume) / 100 - 1e-9);

/** Gives n points to keys in proportion to their weights, from a random start (systematic
 *  allocation: each key gets the floor or the ceiling of its share, never more than its weight). */
function allocate(keys: string[], weight: (k: string) => number, n: number, rand: () => number): Map<string, number> {
  const into = new Map<string, number>();
  const total = keys.reduce((s, k) => s + weight(k), 0);
  if (n <= 0 || total <= 0) return into;
  const step = total / n;
  let point = rand() * step;
  let given = 0;
  let cum = 0;
  for (const k of keys) {
    cum += weight(k);
    while (point < cum && given < n) {
      into.set(k, (into.get(k) ?? 0) + 1);
      point += step;
      given += 1;
    }
  }
  // Float rounding may leave the last point just past the end; give it where room is left.
  for (const k of keys) {
    while (given < n && (into.get(k) ?? 0) < weight(k)) {
      into.set(k, (into.get(k) ?? 0) + 1);
      given += 1;
    }
  }
  return into;
}

/** n interactions of the pool, stratified by business type and hour band (see the top). */
export function selectStratified(pool: Candidate[], n: number, rand: () => number, bandHours: number): Candidate[] {
  if (n <= 0) return [];
  if (n >= pool.length) return pool.slice();
  const byType = new Map<string, Candidate[]>();
  for (const c of pool) {
    const list = byType.get(c.businessType);
    if (list) list.push(c);
    else byType.set(c.businessType, [c]);
  }
  const types = [...byType.keys()].sort();
  const cover = n >= types.length ? 1 : 0;
  const counts = allocate(types, (t) => byType.get(t)!.length - cover, n - cover * types.length, rand);
  const out: Candidate[] = [];
  for (const t of types) {
    const m = cover + (counts.get(t) ?? 0);
    if (!m) continue;
    // Sorted in place (the group is this call's own array), without wrapper objects: a week's
    // draw sorts every candidate once, and allocations were the largest cost after the read.
    const items = byType
      .get(t)!
      .sort(
        (a, b) =>
          bandOf(a.minute, bandHours) - bandOf(b.minute, bandHours) ||
          (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : 1),
      );
    const step = items.length / m;
    const start = rand() * step;
    for (let j = 0; j < m; j++) out.push(items[Math.min(items.length - 1, Math.floor(start + j * step))]);
  }
  return out;
}

/** The week's picks for one agent. `cands` are the agent's interactions of the week, in any fixed order. */
export function planAgent(
  facts: AgentFacts,
  cands: Candidate[],
  events: ChangeEventFacts[],
  s: PlanSettings,
  seed: number,
): AgentPlan {
  const rand = streamFor(seed, facts.agentId);
  const picks: Pick[] = [];
  const picked = new Set<string>();
  const take = (c: Candidate, reason: Omit<SampleReasonShape, 'band' | 'businessType'>) => {
    const band = bandOf(c.minute, s.hourBandHours);
    picks.push({
      candidate: c,
      band,
      reason: { ...reason, band: bandLabel(band, s.hourBandHours), businessType: c.businessType },
    });
    picked.add(c.id);
  };

  // 1. The new hire's every-interaction days.
  const rest: Candidate[] = [];
  for (const c of cands) {
    const day = facts.newHireDays.get(c.day);
    if (day !== undefined) take(c, { kind: 'new_hire_all', day });
    else rest.push(c);
  }

  // 2. The highest applicable rate over the rest, never below the weekly minimum.
  let rule: { kind: SampleReasonShape['kind']; percent: number; passes?: number; mean?: number } = {
    kind: 'share',
    percent: s.sharePercent,
  };
  if (facts.beforeRegular) {
    const k = s.newHirePassesPerStage;
    const stage =
      facts.passesInRow < k ? s.newHireStage1Percent : facts.passesInRow < 2 * k ? s.newHireStage2Percent : 0;
    if (stage > rule.percent) rule = { kind: 'new_hire_stage', percent: stage, passes: facts.passesInRow };
  }
  if (facts.recentMean !== null && facts.recentMean < s.poorScoreBelow && s.poorScorePercent > rule.percent) {
    rule = { kind: 'poor_score', percent: s.poorScorePercent, mean: Math.round(facts.recentMean * 10) / 10 };
  }
  if (facts.underFollowUp && s.followUpPercent > rule.percent) rule = { kind: 'follow_up', percent: s.followUpPercent };
  const byShare = ceilShare(rule.percent, rest.length);
  const minimumLeft = Math.max(0, s.minimumPerWeek - picks.length);
  const target = Math.min(rest.length, Math.max(byShare, minimumLeft));
  const kind = minimumLeft > byShare ? 'minimum' : rule.kind;
  const reason =
    kind === 'minimum'
      ? { kind, minimum: s.minimumPerWeek, volume: cands.length }
      : { kind, percent: rule.percent, volume: rest.length, passes: rule.passes, mean: rule.mean };
  for (const c of selectStratified(rest, target, rand, s.hourBandHours)) take(c, reason);

  // 3. Change events: more of the affected days and business type.
  for (const e of events) {
    if (e.departmentId && e.departmentId !== facts.departmentId) continue;
    const last = addDays(e.startsOn, e.days - 1);
    const inScope = rest.filter(
      (c) => c.day >= e.startsOn && c.day <= last && (!e.businessType || c.businessType === e.businessType),
    );
    const extra = ceilShare(e.raisePercent, inScope.length);
    const open = inScope.filter((c) => !picked.has(c.id));
    for (const c of selectStratified(open, extra, rand, s.hourBandHours)) {
      take(c, {
        kind: 'change_event',
        date: e.startsOn,
        title: e.title,
        percent: e.raisePercent,
        volume: inScope.length,
      });
    }
  }
  return {
    agentId: facts.agentId,
    volume: cands.length,
    rule: kind,
    percent: kind === 'minimum' ? null : rule.percent,
    picks,
  };
}

/** One line saying why a sample was picked (stored beside the structured reason, for lists and exports). */
export function whyText(r: SampleReasonShape): string {
  const where = `hour band ${r.band}, business type ${r.businessType}`;
  switch (r.kind) {
    case 'new_hire_all':
      return `new hire, day ${r.day}: every interaction`;
    case 'minimum':
      return `minimum ${r.minimum}/week, ${where}`;
    case 'share':
      return `${r.percent}% of ${r.volume} this week, ${where}`;
    case 'new_hire_stage':
      return `new hire at ${r.percent}% (${r.passes} passed in a row so far), ${where}`;
    case 'poor_score':
      return `recent QA mean ${r.mean}: raised to ${r.percent}%, ${where}`;
    case 'follow_up':
      return `problem under follow-up: raised to ${r.percent}% of ${r.volume}, ${where}`;
    case 'change_event':
      return `change event ${r.date} ${r.title} +${r.percent}%, ${where}`;
  }
}
