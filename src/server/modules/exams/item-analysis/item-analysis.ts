import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { getSetting } from '../../../lib/settings.js';
import { contentsOf } from '../attempts/attempts.content.js';
import { loadExam, requireSee } from '../shared/exams.access.js';
import { gradedItemsOf } from './item-analysis.repo.js';

// Item analysis as Moodle's quiz statistics define it, over the exam's graded attempts:
//  - facility index F = 100 × (mean item score − min possible) / (max possible − min possible);
//    with marks from 0 to the item's points, the mean share of the marks earned.
//  - discrimination index D = 100 × r(x, X − x): the Pearson correlation between the item's
//    score and the rest of the test (the attempt's total without this item), over the attempts
//    that drew the item. Null where either side does not vary.
// Shown only once the exam has the configured minimum of graded attempts.

function pearson(xs: number[], ys: number[]) {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

const r2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export async function itemAnalysis(db: Db, actor: Actor, examId: string) {
  const exam = await loadExam(db, examId);
  await requireSee(db, actor, exam);
  const minAttempts = await getSetting(db, 'exams.itemAnalysisMinAttempts');
  const rows = await gradedItemsOf(db, examId);
  const attempts = new Set(rows.map((r) => r.attempt_id)).size;
  const enough = attempts >= minAttempts;
  if (!enough) return { examId, attempts, minAttempts, enough, items: [] };
  const byQ = new Map<string, typeof rows>();
  for (const r of rows) byQ.set(r.question_id, [...(byQ.get(r.question_id) ?? []), r]);
  const contents = await contentsOf(
    db,
    rows.map((r) => r.question_version_id),
  );
  const items = [...byQ.entries()].map(([questionId, rs]) => {
    const c = contents.get(rs[rs.length - 1].question_version_id)!;
    const shares = rs.map((r) => (r.points > 0 ? (r.score ?? 0) / r.points : 0));
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    const sd =
      shares.length > 1 ? Math.sqrt(shares.reduce((s, v) => s + (v - mean) ** 2, 0) / (shares.length - 1)) : null;
    const d = pearson(
      rs.map((r) => r.score ?? 0),
      rs.map((r) => (r.raw_score ?? 0) - (r.score ?? 0)),
    );
    return {
      questionId,
      title: c.title ?? c.stem.slice(0, 60),
      type: c.type,
      attempts: rs.length,
      facilityIndex: r2(mean * 100),
      discriminationIndex: r2(d === null ? null : d * 100),
      sd: r2(sd === null ? null : sd * 100),
    };
  });
  items.sort((a, b) => (a.discriminationIndex ?? 999) - (b.discriminationIndex ?? 999));
  return { examId, attempts, minAttempts, enough, items };
}
