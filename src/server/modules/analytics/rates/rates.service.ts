import type { AnalyticsFilter } from '../../../../common/analytics.js';
import {
  NONE_KEY,
  type EliminationReasons,
  type RateBy,
  type RatePerson,
  type RateRow,
  type RatesView,
} from '../../../../common/analytics-rates.js';
import type { Db } from '../../../db/connect.js';
import { dayRange } from '../../../lib/clock.js';
import { centerOffset } from '../../../lib/center-time.js';
import { badRequest, notFound } from '../../../lib/errors.js';
import type { PeopleScope } from '../../../lib/access.js';
import { getSetting } from '../../../lib/settings.js';
import { departmentsOf, identities, teamsOf } from '../../people/identity.service.js';
import { wilson } from '../stats/rates.js';
import * as repo from './rates.repo.js';

// Pass and elimination rates (issue 22 item 2). Pass rate = first attempts passed / first attempts
// graded (a retake never improves it), grouped by the person's program or trainer (from the
// rollup analytics_people), by the exam's course, or by the exam. Program and trainer rows also
// carry the share of their trainees who were eliminated. Intervals are Wilson's at
// analytics.confidencePercent. The date range is on the attempt's submission (center days) and,
// for elimination reasons, on the case's closing; the eliminated share follows the hiring filters.

export interface RatesOptions {
  by: RateBy;
  filter: AnalyticsFilter;
  from?: string;
  to?: string;
}

/** A drill-down lists at most this many people; the total says how many there are. */
export const PEOPLE_LIMIT = 500;

function checkRanges(o: { from?: string; to?: string; filter: AnalyticsFilter }) {
  if (o.from && o.to && o.from > o.to)
    throw badRequest('RATES_RANGE_REVERSED', 'The range ends before it starts: to must not be before from', 'to');
  if (o.filter.hiredFrom && o.filter.hiredTo && o.filter.hiredFrom > o.filter.hiredTo)
    throw badRequest(
      'RATES_HIRED_RANGE_REVERSED',
      'The hiring months end before they start: hiredTo must not be before hiredFrom',
      'hiredTo',
    );
}

async function instants(db: Db, from?: string, to?: string): Promise<repo.InstantRange> {
  if (!from && !to) return {};
  const offset = await centerOffset(db);
  const r = dayRange(from ?? '1900-01-01', to ?? '9999-12-30', offset);
  return { start: from ? r.start : undefined, end: to ? r.end : undefined };
}

/** 404 for a filter naming a program, department, trainer or mentor that does not exist. */
export async function checkFilterIds(db: Db, f: AnalyticsFilter) {
  if (f.programId && !(await repo.exists(db, 'program', f.programId))) throw notFound('Program');
  if (f.trainerId && !(await repo.exists(db, 'trainer', f.trainerId))) throw notFound('Trainer');
  if (f.departmentId && !(await departmentsOf(db, [f.departmentId])).has(f.departmentId)) throw notFound('Department');
  if (f.mentorId && !(await identities(db, [f.mentorId])).has(f.mentorId)) throw notFound('Mentor');
}

const confidence = (db: Db) => getSetting(db, 'analytics.confidencePercent');

export async function passRates(db: Db, scope: PeopleScope, o: RatesOptions): Promise<RatesView> {
  checkRanges(o);
  const conf = await confidence(db);
  const range = await instants(db, o.from, o.to);
  const attempts = await repo.attemptsBy(db, scope, o.filter, range, o.by);
  const withExits = o.by === 'program' || o.by === 'trainer';
  const exits = withExits ? await repo.eliminatedBy(db, scope, o.filter, o.by as 'program' | 'trainer') : null;

  const keyed = (k: string | null) => k ?? NONE_KEY;
  const byKey = new Map(attempts.groups.map((g) => [keyed(g.key), g]));
  const exitsByKey = new Map((exits?.groups ?? []).map((g) => [keyed(g.key), g]));
  const keys = [...new Set([...byKey.keys(), ...exitsByKey.keys()])];
  const labels = await repo.labelsOf(
    db,
    o.by,
    keys.filter((k) => k !== NONE_KEY),
  );
  const row = (
    key: string,
    label: string | null,
    a: repo.AttemptCounts | undefined,
    e: { n: number; k: number } | undefined,
  ): RateRow => ({
    key,
    label,
    firstAttempts: wilson(a?.k ?? 0, a?.n ?? 0, conf),
    meanScore: a?.meanScore ?? null,
    people: a?.people ?? 0,
    eliminated: withExits ? wilson(e?.k ?? 0, e?.n ?? 0, conf) : null,
  });
  const rows = keys
    .map((k) => row(k, k === NONE_KEY ? null : (labels.get(k) ?? k), byKey.get(k), exitsByKey.get(k)))
    .sort(
      (x, y) =>
        y.firstAttempts.n - x.firstAttempts.n ||
        (x.label ?? '\uffff').localeCompare(y.label ?? '\uffff') ||
        x.key.localeCompare(y.key),
    );
  return { by: o.by, confidencePercent: conf, rows, overall: row('all', null, attempts.overall, exits?.overall) };
}

export async function eliminationReasons(
  db: Db,
  scope: PeopleScope,
  filter: AnalyticsFilter,
  range: { from?: string; to?: string } = {},
): Promise<EliminationReasons> {
  checkRanges({ ...range, filter });
  const counts = await repo.eliminationCounts(db, scope, filter, await instants(db, range.from, range.to));
  const criteria = new Map<string, number>();
  const programs = new Map<string, { key: string; total: number; byCriterion: Record<string, number> }>();
  for (const c of counts) {
    criteria.set(c.criterion, (criteria.get(c.criterion) ?? 0) + c.n);
    const key = c.key ?? NONE_KEY;
    const p = programs.get(key) ?? { key, total: 0, byCriterion: {} };
    p.total += c.n;
    p.byCriterion[c.criterion] = (p.byCriterion[c.criterion] ?? 0) + c.n;
    programs.set(key, p);
  }
  const labels = await repo.labelsOf(
    db,
    'program',
    [...programs.keys()].filter((k) => k !== NONE_KEY),
  );
  return {
    criteria: [...criteria]
      .map(([criterion, count]) => ({ criterion, count }))
      .sort((a, b) => b.count - a.count || a.criterion.localeCompare(b.criterion)),
    programs: [...programs.values()]
      .map((p) => ({ ...p, label: p.key === NONE_KEY ? null : (labels.get(p.key) ?? p.key) }))
      .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)),
    total: counts.reduce((s, c) => s + c.n, 0),
  };
}

/** The people behind one cell: their first attempts (all, passed or failed) or, for a program or
 *  trainer, those eliminated. */
export async function ratePeople(
  db: Db,
  scope: PeopleScope,
  o: RatesOptions & { key?: string; outcome: 'all' | 'passed' | 'failed' | 'eliminated' },
): Promise<{ rows: RatePerson[]; total: number }> {
  checkRanges(o);
  if (o.outcome === 'eliminated') {
    if (o.by !== 'program' && o.by !== 'trainer')
      throw badRequest('RATES_ELIMINATED_BY', 'The eliminated can be listed by program or trainer only', 'outcome');
    const r = await repo.eliminatedOf(db, scope, o.filter, o.by, o.key, PEOPLE_LIMIT);
    const teams = await teamsOf(
      db,
      r.rows.map((x) => x.team_id),
    );
    return {
      total: r.total,
      rows: r.rows.map((x) => ({
        employeeId: x.employee_id,
        name: x.name,
        teamName: teams.get(x.team_id)?.name ?? null,
        examId: null,
        examTitle: null,
        score: null,
        passed: null,
        submittedAt: null,
        exitDate: x.exit_date,
        exitCriterion: x.exit_criterion,
      })),
    };
  }
  const passed = o.outcome === 'all' ? null : o.outcome === 'passed';
  const range = await instants(db, o.from, o.to);
  const r = await repo.attemptsOf(db, scope, o.filter, range, o.by, o.key, passed, PEOPLE_LIMIT);
  const teams = await teamsOf(
    db,
    r.rows.map((x) => x.team_id),
  );
  return {
    total: r.total,
    rows: r.rows.map((x) => ({
      employeeId: x.employee_id,
      name: x.name,
      teamName: teams.get(x.team_id)?.name ?? null,
      examId: x.exam_id,
      examTitle: x.title,
      score: x.score === null ? null : Number(x.score),
      passed: x.passed === null ? null : Number(x.passed) === 1,
      submittedAt: x.submitted_at,
      exitDate: null,
      exitCriterion: null,
    })),
  };
}
