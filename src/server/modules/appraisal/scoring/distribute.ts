import { GRADES, type GradeName, type PlanContentShape } from '../../../../common/appraisal-plans.js';
import { gradeFor } from './score.js';

// Forced distribution of one team's grades (SPEC §9: off by default; when on, S ≤ 10 %, A ≤ 25 %,
// C + D ≥ 10 % for a team of at least 10). Pure; the caller passes one team's sheets.
//
// 1. Everyone starts with the grade of their total (gradeFor). People without a total (every KPI
//    N/A) get no grade and do not count in the team size.
// 2. Off, or fewer people than minTeamSize: that is the answer.
// 3. Rank: total descending, then each tiebreak key descending (the caller chooses them, e.g. the
//    QA score, then the number of interactions). People equal on the total and on every key are a
//    tie group. personId only fixes the order of equals; it never decides a grade (a grade decided
//    by an id would be arbitrary).
// 4. Caps, from the top grade down (the lowest grade has none): cap = ⌊maxShare × n⌋ people. Tie
//    groups take the grade in rank order while the whole group fits under the cap; the first group
//    that does not fit — and everyone ranked below it with that grade — moves one grade down, where
//    that grade's cap applies in turn. A tie group is never split: tied people share the better
//    grade only when the cap allows all of them.
// 5. Low share: at least ⌈minLowShare × n⌉ people get C or D. Tie groups from the bottom of the
//    ranking that are not yet C or D are moved to C while the whole group is still needed; a group
//    larger than what is still needed is not split and the minimum is left short (`lowShortfall`)
//    rather than giving equals unequal grades. So a team whose totals are all equal keeps its
//    score grade, bounded by the caps.

export interface DistributionRow {
  personId: string;
  total: number | null;
  /** Further keys for ranking people with equal totals, each higher-is-better. */
  tiebreak: number[];
}
export interface TeamDistribution {
  grades: Map<string, GradeName>;
  /** Whether the forced distribution applied (on, and the team at least minTeamSize). */
  forced: boolean;
  /** People the low-share minimum still wanted when only an unsplittable tie group was left. */
  lowShortfall: number;
}

// Shares are decimals (0.1 × 10 may come out as 1.0000000000000002 or 0.9999999999999999).
const EPS = 1e-9;
const LOW: readonly GradeName[] = ['C', 'D'];

function compare(a: DistributionRow & { total: number }, b: DistributionRow & { total: number }) {
  if (a.total !== b.total) return b.total - a.total;
  const n = Math.max(a.tiebreak.length, b.tiebreak.length);
  for (let i = 0; i < n; i++) {
    const d = (b.tiebreak[i] ?? -Infinity) - (a.tiebreak[i] ?? -Infinity);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return 0;
}

export function distributeTeam(rows: DistributionRow[], content: PlanContentShape): TeamDistribution {
  const scored = rows.filter((r): r is DistributionRow & { total: number } => r.total !== null);
  const grades = new Map(scored.map((r) => [r.personId, gradeFor(content.grades, r.total)]));
  const rule = content.forcedDistribution;
  const n = scored.length;
  if (!rule || n < rule.minTeamSize) return { grades, forced: false, lowShortfall: 0 };

  const ranked = [...scored].sort((a, b) => compare(a, b) || (a.personId < b.personId ? -1 : 1));
  const groups: { ids: string[]; grade: GradeName }[] = [];
  ranked.forEach((r, i) => {
    if (i > 0 && compare(ranked[i - 1], r) === 0) groups[groups.length - 1].ids.push(r.personId);
    else groups.push({ ids: [r.personId], grade: grades.get(r.personId)! });
  });

  for (let g = 0; g < GRADES.length - 1; g++) {
    const grade = GRADES[g];
    const share = rule.maxShare[grade];
    if (share === undefined) continue;
    const cap = Math.floor(share * n + EPS);
    let taken = 0;
    let full = false;
    for (const group of groups) {
      if (group.grade !== grade) continue;
      if (!full && taken + group.ids.length <= cap) taken += group.ids.length;
      else {
        full = true;
        group.grade = GRADES[g + 1];
      }
    }
  }

  const lowMin = Math.ceil(rule.minLowShare * n - EPS);
  let low = groups.reduce((s, x) => s + (LOW.includes(x.grade) ? x.ids.length : 0), 0);
  for (let i = groups.length - 1; i >= 0 && low < lowMin; i--) {
    const group = groups[i];
    if (LOW.includes(group.grade)) continue;
    if (group.ids.length > lowMin - low) break;
    group.grade = 'C';
    low += group.ids.length;
  }
  const lowShortfall = Math.max(0, lowMin - low);

  for (const group of groups) for (const id of group.ids) grades.set(id, group.grade);
  return { grades, forced: true, lowShortfall };
}

/** The grades of one team (see distributeTeam for the rule). */
export function distribute(rows: DistributionRow[], content: PlanContentShape): Map<string, GradeName> {
  return distributeTeam(rows, content).grades;
}
