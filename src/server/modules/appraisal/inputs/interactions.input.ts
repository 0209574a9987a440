import type { Db } from '../../../db/connect.js';
import { getSetting } from '../../../lib/settings.js';
import { agentKpiFacts, type AgentKpiFacts } from '../../interactions/kpi/kpi.facts.js';
import { round2, type KpiValue, type Period, type Subject } from './inputs.types.js';

// fcr, aht and csat of a set of people over a period, from the interactions module's facts (one
// query per source for the whole set). Units (KPI_UNITS in common/appraisal-plans.ts):
//   fcr   % of interactions with a known outcome resolved at first contact
//   aht   seconds: (talk + hold + wrap) / handled
//   csat  % of survey responses of at least appraisal.csatSatisfiedMin (4 on the 1–5 scale)
// No handled interaction / no known FCR / no response → that KPI is N/A for the person.
// The sums are kept (not the ratios) so that a team's figure is the ratio of its members' sums:
// FCR weighted by known outcomes, AHT by handled calls, CSAT by responses.
export type InteractionSums = Omit<AgentKpiFacts, 'agentId'>;

export async function interactionSums(db: Db, personIds: string[] | null, p: Period) {
  const satisfiedMin = await getSetting(db, 'appraisal.csatSatisfiedMin');
  return (await agentKpiFacts(db, personIds, p.from, p.to, satisfiedMin)) as Map<string, InteractionSums>;
}

export function addInteractionSums(parts: (InteractionSums | undefined)[]): InteractionSums | undefined {
  let out: InteractionSums | undefined;
  for (const f of parts) {
    if (!f) continue;
    out ??= {
      handled: 0,
      talkSeconds: 0,
      holdSeconds: 0,
      wrapSeconds: 0,
      fcrYes: 0,
      fcrKnown: 0,
      csatCount: 0,
      csatSatisfied: 0,
    };
    for (const k of Object.keys(out) as (keyof InteractionSums)[]) out[k] += f[k];
  }
  return out;
}

export function interactionKpis(f: InteractionSums, who: Subject, p: Period) {
  const v = (value: number | null, count: number): KpiValue =>
    value === null
      ? { value: null, source: 'none', evidence: { kind: 'none' } }
      : {
          value: round2(value),
          source: 'data',
          evidence: { kind: 'interactions', ...who, from: p.from, to: p.to, count },
        };
  return {
    fcr: v(f.fcrKnown ? (100 * f.fcrYes) / f.fcrKnown : null, f.fcrKnown),
    aht: v(f.handled ? (f.talkSeconds + f.holdSeconds + f.wrapSeconds) / f.handled : null, f.handled),
    csat: v(f.csatCount ? (100 * f.csatSatisfied) / f.csatCount : null, f.csatCount),
  };
}
