import type { GradeName, PlanContentShape } from '../../../../common/appraisal-plans.js';

// The bonus table (奖金分配表, SPEC §9): grade → coefficient. Money is in whole cents (分) in and
// out, so amounts add up exactly.
//
// - base mode: amount = base bonus × coefficient, rounded half up to the cent. No base bonus
//   (null) = no amount (the caller fills in the default base bonus before asking, if it has one).
// - pool mode: each team's pool is shared in proportion to the coefficients of its members.
//   Everyone gets the floor of their exact share; the cents left over go one each to the largest
//   remainders (ties: the larger coefficient, then personId), so a team's amounts add up to its
//   pool to the cent. A team without a pool, or whose coefficients are all 0, gets no amounts.
// Coefficients are scaled to integers (millionths) and shares computed with BigInt, so no
// floating-point error decides who gets a cent.

export interface BonusRow {
  personId: string;
  teamId: string;
  grade: GradeName;
  /** Cents; used in base mode. */
  baseBonus: number | null;
}
export interface BonusLine {
  personId: string;
  teamId: string;
  coefficient: number;
  /** Cents, or null when there is nothing to compute it from. */
  amount: number | null;
}

const SCALE = 1_000_000;

export function allocateBonus(
  rows: BonusRow[],
  content: PlanContentShape,
  pools?: Record<string, number>,
): BonusLine[] {
  const coefficientOf = (g: GradeName) => content.bonus.coefficients[g] ?? 0;
  if (content.bonus.mode === 'base')
    return rows.map((r) => ({
      personId: r.personId,
      teamId: r.teamId,
      coefficient: coefficientOf(r.grade),
      amount:
        r.baseBonus === null
          ? null
          : Math.round((Math.round(r.baseBonus) * Math.round(coefficientOf(r.grade) * SCALE)) / SCALE),
    }));

  const amounts = new Map<string, number | null>();
  const byTeam = new Map<string, BonusRow[]>();
  for (const r of rows) byTeam.set(r.teamId, [...(byTeam.get(r.teamId) ?? []), r]);
  for (const [teamId, members] of byTeam) {
    const pool = pools?.[teamId];
    const weights = members.map((m) => BigInt(Math.round(coefficientOf(m.grade) * SCALE)));
    const sum = weights.reduce((s, w) => s + w, 0n);
    if (pool === undefined || pool === null || !Number.isFinite(pool) || pool < 0 || sum === 0n) {
      for (const m of members) amounts.set(m.personId, null);
      continue;
    }
    const cents = BigInt(Math.round(pool));
    const shares = members.map((m, i) => ({
      m,
      w: weights[i],
      floor: (cents * weights[i]) / sum,
      rest: (cents * weights[i]) % sum,
    }));
    let left = cents - shares.reduce((s, x) => s + x.floor, 0n);
    const order = [...shares].sort((a, b) =>
      a.rest !== b.rest
        ? b.rest > a.rest
          ? 1
          : -1
        : a.w !== b.w
          ? b.w > a.w
            ? 1
            : -1
          : a.m.personId < b.m.personId
            ? -1
            : 1,
    );
    for (const s of order) {
      if (left <= 0n) break;
      s.floor += 1n;
      left -= 1n;
    }
    for (const s of shares) amounts.set(s.m.personId, Number(s.floor));
  }
  return rows.map((r) => ({
    personId: r.personId,
    teamId: r.teamId,
    coefficient: coefficientOf(r.grade),
    amount: amounts.get(r.personId) ?? null,
  }));
}
