import type { Db } from '../../../db/connect.js';
import { addMonths, dayRange, hoursBetween, nowIso } from '../../../lib/clock.js';
import { centerOffset, todayInCenter } from '../../../lib/center-time.js';
import { getSetting } from '../../../lib/settings.js';
import { assessmentResultsOf } from '../../exams/daily/record-scores.js';
import { attendanceInWindow, feedbackInWindow, sessionsInWindow } from './levels.repo.js';

// What the training records say about each trainer over the window (API.md "How the standards
// are computed"): teaching hours and sessions of the sessions they taught, the learners' trainer
// scores on those sessions, and their learners' results — every learner who attended one of them,
// each first attempt of a theory exam (released) or practical assessment taken at or after the
// learner's first session with this trainer in the window, and before now.

export interface LevelWindow {
  /** Center days, both included. */
  from: string;
  to: string;
  /** UTC instants: sessions starting at or after `start` and ended by `end` count. */
  start: string;
  end: string;
  months: number;
}

export interface TrainerFigures {
  hours: number;
  sessions: number;
  rating: number | null;
  ratings: number;
  raters: number;
  passRate: number | null;
  results: number;
  passed: number;
  learners: number;
}

/** The window ending today (center day): the last careers.trainerLevels.windowMonths months. */
export async function levelWindow(db: Db): Promise<LevelWindow> {
  const [months, offset, to] = await Promise.all([
    getSetting(db, 'careers.trainerLevels.windowMonths'),
    centerOffset(db),
    todayInCenter(db),
  ]);
  const from = addMonths(to, -months);
  return { from, to, start: dayRange(from, to, offset).start, end: nowIso(), months };
}

const empty = (): TrainerFigures => ({
  hours: 0,
  sessions: 0,
  rating: null,
  ratings: 0,
  raters: 0,
  passRate: null,
  results: 0,
  passed: 0,
  learners: 0,
});

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;

export async function trainerFigures(db: Db, trainerIds: string[], w: LevelWindow) {
  const out = new Map(trainerIds.map((id) => [id, empty()]));
  if (!trainerIds.length) return out;
  const [sessions, feedback, attended] = await Promise.all([
    sessionsInWindow(db, trainerIds, w.start, w.end),
    feedbackInWindow(db, trainerIds, w.start, w.end),
    attendanceInWindow(db, trainerIds, w.start, w.end),
  ]);
  for (const s of sessions) {
    const f = out.get(s.trainer_id)!;
    f.hours += hoursBetween(s.starts_at, s.ends_at);
    f.sessions += 1;
  }
  const scores = new Map<string, { sum: number; raters: Set<string> }>();
  for (const r of feedback) {
    const s = scores.get(r.trainer_id) ?? scores.set(r.trainer_id, { sum: 0, raters: new Set() }).get(r.trainer_id)!;
    s.sum += Number(r.trainer_score);
    s.raters.add(r.employee_id);
    out.get(r.trainer_id)!.ratings += 1;
  }
  for (const [id, s] of scores) {
    const f = out.get(id)!;
    f.rating = round(s.sum / f.ratings, 2);
    f.raters = s.raters.size;
  }
  // Each learner's first session with each trainer in the window: results from then on count.
  const firstWith = new Map<string, Map<string, string>>();
  for (const a of attended) {
    const m = firstWith.get(a.trainer_id) ?? firstWith.set(a.trainer_id, new Map()).get(a.trainer_id)!;
    const seen = m.get(a.employee_id);
    if (!seen || a.starts_at < seen) m.set(a.employee_id, a.starts_at);
  }
  const learnerIds = [...new Set(attended.map((a) => a.employee_id))];
  const results = (await assessmentResultsOf(db, learnerIds)).filter(
    (r) => r.attempt === 1 && r.at >= w.start && r.at <= w.end,
  );
  for (const [trainerId, learners] of firstWith) {
    const f = out.get(trainerId)!;
    const counted = new Set<string>();
    for (const r of results) {
      const since = learners.get(r.employeeId);
      if (!since || r.at < since) continue;
      f.results += 1;
      if (r.score >= r.passMark) f.passed += 1;
      counted.add(r.employeeId);
    }
    f.learners = counted.size;
    if (f.results) f.passRate = round((f.passed / f.results) * 100, 1);
  }
  for (const f of out.values()) f.hours = round(f.hours, 2);
  return out;
}
