import type { LevelCriterion, LevelCriterionKey, TrainerStanding } from '../../../../common/careers-levels.js';
import type { Db } from '../../../db/connect.js';
import type { CareerTrainerGradesTable } from '../../../db/schema-careers-levels.js';
import { levelWindow, trainerFigures, type LevelWindow, type TrainerFigures } from './levels.facts.js';
import { gradeRows, levelRows, trainerRowByEmployee } from './levels.repo.js';

// Where a trainer stands: their level, the grade above it, and that grade's standards judged on
// the training records of the window (levels.facts.ts). Exported for the path part (H2) as
// trainerStanding(db, employeeId); the levels service lists everyone through standingsOf.

type GradeRow = CareerTrainerGradesTable;

/** A grade's standards judged on a trainer's figures; a null standard is not listed (not required). */
export function judge(grade: GradeRow, f: TrainerFigures, w: LevelWindow): LevelCriterion[] {
  const lines: LevelCriterion[] = [];
  const line = (
    key: LevelCriterionKey,
    value: number | null,
    threshold: number | null,
    count: number,
    learners: number | null,
  ) => {
    if (threshold === null) return;
    const state = value === null ? 'no_data' : value >= threshold ? 'met' : 'below';
    lines.push({ key, met: state === 'met', state, value, threshold, count, learners, from: w.from, to: w.to });
  };
  line('hours', f.hours, grade.min_hours, f.sessions, null);
  line('sessions', f.sessions, grade.min_sessions, f.sessions, null);
  line('rating', f.rating, grade.min_rating, f.ratings, f.raters);
  line('passRate', f.passRate, grade.min_pass_rate, f.results, f.learners);
  return lines;
}

/** The grade above `current` (by position), or the lowest grade when there is no current level. */
export function nextGrade(grades: GradeRow[], currentId: string | null) {
  if (!currentId) return grades[0] ?? null;
  const i = grades.findIndex((g) => g.id === currentId);
  return i < 0 ? null : (grades[i + 1] ?? null);
}

const ref = (g: GradeRow | null | undefined) => (g ? { id: g.id, name: g.name } : null);

export interface StandingContext {
  grades: GradeRow[];
  window: LevelWindow;
}

export async function standingContext(db: Db): Promise<StandingContext> {
  const [grades, window] = await Promise.all([gradeRows(db), levelWindow(db)]);
  return { grades, window };
}

/** Standings of these trainers (ids), in one pass over the records. */
export async function standingsOf(db: Db, trainerIds: string[], ctx?: StandingContext) {
  const { grades, window } = ctx ?? (await standingContext(db));
  const [levels, figures] = await Promise.all([levelRows(db, trainerIds), trainerFigures(db, trainerIds, window)]);
  const levelOf = new Map(levels.map((l) => [l.trainer_id, l]));
  const out = new Map<string, TrainerStanding & { version: number }>();
  for (const id of trainerIds) {
    const l = levelOf.get(id);
    const current = l ? grades.find((g) => g.id === l.grade_id) : undefined;
    const next = nextGrade(grades, current?.id ?? null);
    const criteria = next ? judge(next, figures.get(id)!, window) : [];
    const unmet = criteria.filter((c) => !c.met).map((c) => c.key);
    out.set(id, {
      trainerId: id,
      level: ref(current),
      next: ref(next),
      criteria,
      ready: !!next && !unmet.length,
      unmet,
      since: l?.since ?? null,
      windowMonths: window.months,
      version: l?.version ?? 0,
    });
  }
  return out;
}

/** Where a person stands as a trainer; null when they are no trainer (for the path page). */
export async function trainerStanding(db: Db, employeeId: string): Promise<TrainerStanding | null> {
  const t = await trainerRowByEmployee(db, employeeId);
  if (!t) return null;
  const { version: _version, ...standing } = (await standingsOf(db, [t.id])).get(t.id)!;
  return standing;
}
