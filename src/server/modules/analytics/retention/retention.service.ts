import {
  GROUP_NONE,
  monthDays,
  type CompareQuery,
  type GroupRetention,
  type RetentionComparison,
  type RetentionOverview,
  type RetentionPeopleQuery,
  type RetentionPerson,
  type RetentionOptions,
  type RetentionQuery,
} from '../../../../common/analytics-retention.js';
import type { AnalyticsFilter, ExitKind, GroupBy } from '../../../../common/analytics.js';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { badRequest, ruleBroken } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { identities } from '../../people/identity.service.js';
import { groupLabels, selectPeople, selectPeopleColumns } from '../facts/people.query.js';
import { factsState } from '../facts/refresh.js';
import { logRank } from '../stats/index.js';
import {
  CURVE_COLUMNS,
  follow,
  type CurvePerson,
  groupKeyOf,
  groupRetention,
  subjectsOf,
  type Followed,
} from './curves.js';

// Retention (issue 22 item 1): Kaplan–Meier by hiring cohort, program, department, trainer or
// mentor, read from the people rollup within the actor's people scope (a center manager sees
// their department only, in every figure and every drill-down).

function checkRange(filter: AnalyticsFilter) {
  if (filter.hiredFrom && filter.hiredTo && filter.hiredFrom > filter.hiredTo)
    throw badRequest('RETENTION_BAD_RANGE', 'hiredFrom must not be after hiredTo', 'hiredFrom');
}

/** The people with their follow-up; `whole` reads entire rows in hire order (the drill-down). */
async function followed<P extends CurvePerson = CurvePerson>(
  db: Db,
  scope: PeopleScope,
  filter: AnalyticsFilter,
  whole?: (db: Db, scope: PeopleScope, filter: AnalyticsFilter) => Promise<P[]>,
) {
  checkRange(filter);
  const [people, today, confidence, state] = await Promise.all([
    (whole ?? ((d, s, f) => selectPeopleColumns(d, s, f, CURVE_COLUMNS) as Promise<P[]>))(db, scope, filter),
    todayInCenter(db),
    getSetting(db, 'analytics.confidencePercent'),
    factsState(db),
  ]);
  return { rows: follow(people, today), today, confidence, asOf: state?.asOf ?? null };
}

function byGroup<P extends CurvePerson>(rows: readonly Followed<P>[], by: GroupBy) {
  const groups = new Map<string, Followed<P>[]>();
  for (const r of rows) {
    const key = groupKeyOf(r.person, by) ?? GROUP_NONE;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

const labelOf = (labels: Map<string, string>, key: string) => (key === GROUP_NONE ? null : (labels.get(key) ?? key));

/** Hiring months in order; other groupings largest first, the unrecorded group last. */
function ordered(groups: GroupRetention[], by: GroupBy) {
  const none = (g: GroupRetention) => (g.key === GROUP_NONE ? 1 : 0);
  return groups.sort((a, b) =>
    by === 'hire_month'
      ? none(a) - none(b) || a.key.localeCompare(b.key)
      : none(a) - none(b) || b.n - a.n || (a.label ?? '').localeCompare(b.label ?? ''),
  );
}

export async function retentionOverview(db: Db, scope: PeopleScope, q: RetentionQuery): Promise<RetentionOverview> {
  const { rows, today, confidence, asOf } = await followed(db, scope, q);
  const groups = byGroup(rows, q.by);
  const labels = await groupLabels(
    db,
    q.by,
    [...groups.keys()].filter((k) => k !== GROUP_NONE),
  );
  const [percent, months] = await Promise.all([
    getSetting(db, 'analytics.retention.baselinePercent'),
    getSetting(db, 'analytics.retention.baselineMonths'),
  ]);
  return {
    by: q.by,
    today,
    asOf,
    confidencePercent: confidence,
    baseline: { percent, months, days: monthDays(months) },
    total: rows.length,
    overall: groupRetention('all', null, rows, confidence),
    groups: ordered(
      [...groups].map(([key, list]) => groupRetention(key, labelOf(labels, key), list, confidence)),
      q.by,
    ),
  };
}

/** Two groups' curves and the log-rank test between them (a group nobody is in has n = 0). */
export async function compareRetention(db: Db, scope: PeopleScope, q: CompareQuery): Promise<RetentionComparison> {
  if (!q.a || !q.b)
    throw badRequest(
      'RETENTION_GROUPS_REQUIRED',
      `Choose the two groups a and b to compare (${q.a ? 'b' : 'a'})`,
      q.a ? 'b' : 'a',
    );
  const [ka, kb] = [q.a, q.b];
  if (ka === kb) throw ruleBroken('RETENTION_SAME_GROUP', 'Choose two different groups to compare', 'b');
  const { rows, today, confidence, asOf } = await followed(db, scope, q);
  const groups = byGroup(rows, q.by);
  const labels = await groupLabels(
    db,
    q.by,
    [ka, kb].filter((k) => k !== GROUP_NONE),
  );
  const a = groups.get(ka) ?? [];
  const b = groups.get(kb) ?? [];
  const test = logRank(subjectsOf(a), subjectsOf(b));
  return {
    by: q.by,
    today,
    asOf,
    confidencePercent: confidence,
    total: a.length + b.length,
    a: groupRetention(ka, labelOf(labels, ka), a, confidence),
    b: groupRetention(kb, labelOf(labels, kb), b, confidence),
    logRank: { chiSquare: test.chiSquare, p: test.p, observed: test.observed, expected: test.expected },
  };
}

function shown(r: Followed, q: RetentionPeopleQuery) {
  const within = q.months === undefined || r.time <= monthDays(q.months);
  if (q.show === 'all') return true;
  if (q.show === 'at_risk') return r.time >= monthDays(q.months ?? 0);
  if (q.show === 'exited') return r.event && within;
  return r.event && r.kind === (q.show as ExitKind) && within;
}

/** The people behind a figure: a group's exits (of a kind, within months), those at risk, or all. */
export async function retentionPeople(
  db: Db,
  scope: PeopleScope,
  q: RetentionPeopleQuery,
): Promise<{ data: RetentionPerson[]; total: number }> {
  if (q.show === 'at_risk' && q.months === undefined)
    throw badRequest('RETENTION_MONTHS_REQUIRED', 'Say at how many months the people at risk are counted', 'months');
  const { rows } = await followed(db, scope, q, selectPeople);
  const picked = rows.filter(
    (r) => (q.group === undefined || (groupKeyOf(r.person, q.by) ?? GROUP_NONE) === q.group) && shown(r, q),
  );
  const page = picked.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const who = await identities(
    db,
    page.map((r) => r.person.employee_id),
  );
  const data = page.map((r): RetentionPerson => {
    const id = who.get(r.person.employee_id);
    return {
      employeeId: r.person.employee_id,
      employeeNo: id?.employeeNo ?? null,
      name: id?.name ?? r.person.name,
      teamName: id?.teamName ?? null,
      departmentName: id?.departmentName ?? null,
      hireDate: r.person.hire_date,
      exitDate: r.event ? r.person.exit_date : null,
      exitKind: r.kind,
      exitCriterion: r.event ? r.person.exit_criterion : null,
      days: r.time,
      status: id?.status ?? r.person.status,
    };
  });
  return { data, total: picked.length };
}

/** The programs, departments, trainers and mentors the actor's people have, for the page's selects. */
export async function retentionOptions(db: Db, scope: PeopleScope): Promise<RetentionOptions> {
  const people = await selectPeopleColumns(db, scope, {}, CURVE_COLUMNS);
  const list = async (by: 'program' | 'department' | 'trainer' | 'mentor') => {
    const counts = new Map<string, number>();
    for (const p of people) {
      const key = groupKeyOf(p, by);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const labels = await groupLabels(db, by, [...counts.keys()]);
    return [...counts]
      .map(([key, n]) => ({ key, label: labels.get(key) ?? key, n }))
      .sort((a, b) => a.label.localeCompare(b.label));
  };
  const [program, department, trainer, mentor] = await Promise.all([
    list('program'),
    list('department'),
    list('trainer'),
    list('mentor'),
  ]);
  const hireMonths = [...new Set(people.map((p) => p.hire_month))].sort();
  return { program, department, trainer, mentor, hireMonths };
}
