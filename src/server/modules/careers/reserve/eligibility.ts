import type { Eligibility, ReserveCriteria, ReserveCriterion } from '../../../../common/careers.js';
import type { Db } from '../../../db/connect.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { addDays, addMonths } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { gradesOfPeople } from '../../appraisal/appraisal.facts.js';
import { confirmedRecords } from '../../discipline/discipline.facts.js';
import { identities, people, type Identity } from '../../people/identity.service.js';
import { qaScoreInputsOf } from '../../quality/fitness/qa-inputs.js';
import { latestReserveOutcomes } from '../shared/events.js';

// Who may enter a reserve team-lead round (SPEC §11), each criterion with its evidence:
//  status      regular or key_staff only (trainees, probation, team leads and exits are not), and
//              not a reserve team lead already (chosen in an earlier round: their next step is team
//              lead, not another round; refs = that round's name)
//  tenure      whole months from the hire date to asOf ≥ minTenureMonths
//  results     rank in their own team: the average total of their last resultCycles published
//              appraisals (periods ended by asOf) when they have any, else their QA average over
//              the last resultWindowDays (quality's qaScoreInputs). Ranked among the team's current
//              agents judged on the same basis; met when rank ≤ ceil(of × topSharePercent / 100).
//              No data = not met. value = the average, threshold = topSharePercent.
//  discipline  no confirmed, unexpired record dated in the last disciplineWindowMonths; refs = ids.

export const ENTRY_STATUSES = ['regular', 'key_staff'] as const;
/** Who a person's results are ranked against: the team's current agents. */
const RANKED_STATUSES = ['probation', 'regular', 'key_staff'] as const;

export async function currentCriteria(db: Db): Promise<ReserveCriteria> {
  const [minTenureMonths, topSharePercent, resultCycles, resultWindowDays, disciplineWindowMonths] = await Promise.all([
    getSetting(db, 'careers.reserve.minTenureMonths'),
    getSetting(db, 'careers.reserve.topSharePercent'),
    getSetting(db, 'careers.reserve.resultCycles'),
    getSetting(db, 'careers.reserve.resultWindowDays'),
    getSetting(db, 'careers.reserve.disciplineWindowMonths'),
  ]);
  return { minTenureMonths, topSharePercent, resultCycles, resultWindowDays, disciplineWindowMonths };
}

const blank = {
  value: null,
  threshold: null,
  basis: null,
  rank: null,
  of: null,
  from: null,
  to: null,
  refs: [] as string[],
  label: null,
};

export function wholeMonths(from: string, to: string) {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  let m = (ty - fy) * 12 + (tm - fm);
  if (m > 0 && addMonths(from, m) > to) m -= 1;
  return Math.max(0, m);
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => round2(xs.reduce((s, x) => s + x, 0) / xs.length);

interface Result {
  basis: 'appraisal' | 'qa';
  avg: number;
  from: string;
  to: string;
  refs: string[];
}

/** Each person's results on their basis: appraisal when they have a published one, else QA; absent = no data. */
async function resultsOf(db: Db, ids: string[], c: ReserveCriteria, asOf: string) {
  const grades = await gradesOfPeople(db, ids);
  const qaFrom = addDays(asOf, -(c.resultWindowDays - 1));
  const out = new Map<string, Result>();
  const qa = await qaScoreInputsOf(db, ids, qaFrom, asOf);
  for (const id of ids) {
    const last = (grades.get(id) ?? []).filter((g) => g.total !== null && g.periodTo <= asOf).slice(-c.resultCycles);
    if (last.length) {
      out.set(id, {
        basis: 'appraisal',
        avg: mean(last.map((g) => g.total!)),
        from: last[0].periodFrom,
        to: last.at(-1)!.periodTo,
        refs: last.map((g) => g.cycleName),
      });
      continue;
    }
    const evs = qa.get(id) ?? [];
    if (evs.length)
      out.set(id, {
        basis: 'qa',
        avg: mean(evs.map((e) => e.finalScore)),
        from: qaFrom,
        to: asOf,
        refs: evs.map((e) => e.evaluationId),
      });
  }
  return out;
}

function resultsLine(
  p: Identity,
  mine: Result | undefined,
  team: Identity[],
  all: Map<string, Result>,
  c: ReserveCriteria,
) {
  if (!mine)
    return { ...blank, key: 'results' as const, met: false, state: 'no_data' as const, threshold: c.topSharePercent };
  const peers = team.map((t) => all.get(t.id)).filter((r): r is Result => !!r && r.basis === mine.basis);
  const of = peers.length;
  const rank = 1 + peers.filter((r) => r.avg > mine.avg).length;
  const met = rank <= Math.ceil((of * c.topSharePercent) / 100);
  return {
    ...blank,
    key: 'results' as const,
    met,
    state: met ? ('met' as const) : ('below' as const),
    value: mine.avg,
    threshold: c.topSharePercent,
    basis: mine.basis,
    rank,
    of,
    from: mine.from,
    to: mine.to,
    refs: mine.refs,
    label: p.teamName,
  };
}

/** Eligibility of these people judged with `criteria` (default: the settings now) on `asOf` (default: today in the center). */
export async function reserveEligibility(
  db: Db,
  employeeIds: string[],
  criteria?: ReserveCriteria,
  asOf?: string,
): Promise<Map<string, Eligibility>> {
  const c = criteria ?? (await currentCriteria(db));
  const day = asOf ?? (await todayInCenter(db));
  const who = [...(await identities(db, employeeIds)).values()];
  const out = new Map<string, Eligibility>();
  if (!who.length) return out;

  const teamIds = [...new Set(who.map((p) => p.teamId))];
  const mates = await people(db, { scope: { kind: 'all' }, teamIds, statuses: RANKED_STATUSES });
  // Each person is ranked against their team's current agents (and themself, whatever their status),
  // never against whoever else happens to be asked about in the same call.
  const teams = new Map<string, Identity[]>();
  for (const m of mates) teams.set(m.teamId, (teams.get(m.teamId) ?? []).concat(m));
  const poolOf = (p: Identity) => {
    const team = teams.get(p.teamId) ?? [];
    return team.some((m) => m.id === p.id) ? team : [...team, p];
  };
  const results = await resultsOf(db, [...new Set([...mates, ...who].map((p) => p.id))], c, day);

  const discFrom = addMonths(day, -c.disciplineWindowMonths);
  const records = c.disciplineWindowMonths
    ? await confirmedRecords(
        db,
        who.map((p) => p.id),
        { from: discFrom, to: day },
        day,
      )
    : [];

  const outcomes = await latestReserveOutcomes(
    db,
    who.map((p) => p.id),
  );
  for (const p of who) {
    const chosen = outcomes.get(p.id)?.chosen ? outcomes.get(p.id)! : null;
    const statusOk = (ENTRY_STATUSES as readonly string[]).includes(p.status) && !chosen;
    const months = wholeMonths(p.hireDate, day);
    const mine = records.filter((r) => r.employeeId === p.id);
    const criteriaLines: ReserveCriterion[] = [
      {
        ...blank,
        key: 'status',
        met: statusOk,
        state: statusOk ? 'met' : 'below',
        label: p.status,
        from: chosen?.day ?? null,
        refs: chosen ? [chosen.roundName ?? ''] : [],
      },
      {
        ...blank,
        key: 'tenure',
        met: months >= c.minTenureMonths,
        state: months >= c.minTenureMonths ? 'met' : 'below',
        value: months,
        threshold: c.minTenureMonths,
        from: p.hireDate,
        to: day,
      },
      resultsLine(p, results.get(p.id), poolOf(p), results, c),
      {
        ...blank,
        key: 'discipline',
        met: mine.length === 0,
        state: mine.length === 0 ? 'met' : 'below',
        value: mine.length,
        threshold: 0,
        from: c.disciplineWindowMonths ? discFrom : null,
        to: day,
        refs: mine.map((r) => r.id),
      },
    ];
    const unmet = criteriaLines.filter((l) => !l.met).map((l) => l.key);
    out.set(p.id, { eligible: !unmet.length, unmet, criteria: criteriaLines, asOf: day });
  }
  return out;
}
