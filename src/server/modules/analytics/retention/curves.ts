import { monthDays, RETENTION_MONTHS, type GroupRetention } from '../../../../common/analytics-retention.js';
import { EXIT_KINDS, type ExitKind, type GroupBy } from '../../../../common/analytics.js';
import type { AnalyticsPersonTable } from '../../../db/schema-analytics.js';
import { daysBetween } from '../../../lib/clock.js';
import { kaplanMeier, survivalAt, type Subject, type SurvivalStep } from '../stats/index.js';

// From rollup rows to survival figures (pure). Time is days from the hire day to the exit, or to
// the center's today for someone still employed (censored). An exit dated after today has not
// happened yet: censored at today too.

/** What the curves need of a person (the drill-down reads whole rows). */
export const CURVE_COLUMNS = [
  'employee_id',
  'hire_date',
  'hire_month',
  'program_id',
  'department_id',
  'trainer_id',
  'mentor_id',
  'exit_date',
  'exit_kind',
] as const;
export type CurvePerson = Pick<AnalyticsPersonTable, (typeof CURVE_COLUMNS)[number]>;

export interface Followed<P extends CurvePerson = CurvePerson> {
  person: P;
  time: number;
  event: boolean;
  kind: ExitKind | null;
}

export function follow<P extends CurvePerson>(people: readonly P[], today: string): Followed<P>[] {
  const out: Followed<P>[] = [];
  for (const person of people) {
    if (person.hire_date > today) continue; // hired in the future: nothing to follow yet
    const left = person.exit_date !== null && person.exit_date <= today;
    const time = Math.max(0, daysBetween(person.hire_date, left ? person.exit_date! : today));
    out.push({ person, time, event: left, kind: left ? (person.exit_kind as ExitKind) : null });
  }
  return out;
}

/** Who the group key of a person is under `by`; null when the rollup has none recorded. */
export function groupKeyOf(p: CurvePerson, by: GroupBy): string | null {
  if (by === 'hire_month') return p.hire_month;
  if (by === 'program') return p.program_id;
  if (by === 'department') return p.department_id;
  if (by === 'trainer') return p.trainer_id;
  return p.mentor_id;
}

export const subjectsOf = (rows: readonly Followed[]): Subject[] => rows.map((r) => ({ time: r.time, event: r.event }));

/** One group's figures: n, exits by kind, retention at 3/6/12 months, and the curve's steps. */
export function groupRetention(
  key: string,
  label: string | null,
  rows: readonly Followed[],
  confidence: number,
): GroupRetention {
  const steps = kaplanMeier(subjectsOf(rows), confidence);
  const exits = Object.fromEntries(EXIT_KINDS.map((k) => [k, 0])) as Record<ExitKind, number>;
  for (const r of rows) if (r.kind) exits[r.kind]++;
  const at = RETENTION_MONTHS.map((months) => {
    const days = monthDays(months);
    const v = survivalAt(steps, days);
    return {
      months,
      days,
      survival: v?.survival ?? null,
      low: v?.low ?? null,
      high: v?.high ?? null,
      atRisk: v?.atRisk ?? 0,
    };
  });
  const curve = thinCurve(steps);
  return { key, label, n: rows.length, exits, at, curve };
}

/** Decimals a curve point is sent with: 0.01 % is below a chart's pixel; the table's figures are exact. */
export const CURVE_DECIMALS = 4;
const round = (x: number) => Math.round(x * 10 ** CURVE_DECIMALS) / 10 ** CURVE_DECIMALS;

/**
 * The curve as the page draws it: only the steps where someone left change it (every one is kept),
 * the last says how far it was followed (the chart starts at 1 on day 0 itself). Survival and band
 * are rounded to CURVE_DECIMALS: at 10,000 people the unrounded steps were most of a 0.8 MB answer.
 */
export function thinCurve(steps: readonly SurvivalStep[]): GroupRetention['curve'] {
  return steps
    .filter((s, i) => s.events > 0 || i === steps.length - 1)
    .map((s) => ({
      time: s.time,
      survival: round(s.survival),
      low: round(s.low),
      high: round(s.high),
      atRisk: s.atRisk,
      events: s.events,
    }));
}
