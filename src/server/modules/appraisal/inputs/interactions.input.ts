import type { Db } from '../../../db/connect.js';
import { getSetting } from '../../../lib/settings.js';
import { agentKpiFacts } from '../../interactions/kpi/kpi.facts.js';
import { round2, type KpiValue, type Period } from './inputs.types.js';

// fcr, aht and csat of a set of people over a period, from the interactions module's facts (one
// query per source for the whole set). Units (KPI_UNITS in common/appraisal-plans.ts):
//   fcr   % of interactions with a known outcome resolved at first contact
//   aht   seconds: (talk + hold + wrap) / handled
//   csat  % of survey responses of at least appraisal.csatSatisfiedMin (4 on the 1–5 scale)
// No handled interaction / no known FCR / no response → that KPI is N/A for the person.
export async function interactionValues(db: Db, personIds: string[] | null, p: Period) {
  const satisfiedMin = await getSetting(db, 'appraisal.csatSatisfiedMin');
  const facts = await agentKpiFacts(db, personIds, p.from, p.to, satisfiedMin);
  const out = new Map<string, { fcr: KpiValue; aht: KpiValue; csat: KpiValue }>();
  for (const [personId, f] of facts) {
    const evidence = (count: number) => ({ kind: 'interactions' as const, personId, from: p.from, to: p.to, count });
    const v = (value: number | null, count: number): KpiValue =>
      value === null
        ? { value: null, source: 'none', evidence: { kind: 'none' } }
        : { value: round2(value), source: 'data', evidence: evidence(count) };
    out.set(personId, {
      fcr: v(f.fcrKnown ? (100 * f.fcrYes) / f.fcrKnown : null, f.fcrKnown),
      aht: v(f.handled ? (f.talkSeconds + f.holdSeconds + f.wrapSeconds) / f.handled : null, f.handled),
      csat: v(f.csatCount ? (100 * f.csatSatisfied) / f.csatCount : null, f.csatCount),
    });
  }
  return out;
}
