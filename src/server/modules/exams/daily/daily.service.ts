import type { z } from 'zod';
import type { DailyInput, DailyListQuery, DailyUpdate } from '../../../../common/exams-practical.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { ExamDailyScoreTable } from '../../../db/schema-exams.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { attendanceCredit } from '../../attendance/summary/attendance.facts.js';
import { attendanceBreakdown } from '../../training/attendance/attendance.service.js';
import { creditScore } from '../../training/attendance/credit.js';
import { openIfFailed } from '../grading/followups.service.js';
import type { PeopleSet } from '../../people/identity.query.js';
import { identity, withIdentity } from '../../people/identity.service.js';
import { attitudeSuggestion } from './attitude-suggestion.js';
import { dailyPage, dailyScoreById, dailyScoresOf, insertDailyScore, updateDailyAtVersion } from './daily.repo.js';

// Daily performance (SPEC §4): per evaluation period (every N weeks, a setting, default 1) the
// training manager, or the team lead for their own team, scores attendance (30), learning
// attitude (30) and teamwork (40). Ad-hoc evaluations (after a topic or a simulation) sit beside.

/** Periods are N-week blocks counted from Monday 2024-01-01. */
const ANCHOR = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A daily evaluation as a follow-up's source: its period and topic are data; the web adds the
 *  kind's name (exams.followups.kinds.daily) in the reader's language. */
const dailyTitle = (periodStart: string, topic: string | null | undefined) =>
  `${periodStart}${topic ? ` ${topic}` : ''}`;

export async function periodOf(db: Db, date: string) {
  const weeks = Math.max(1, Math.round(await getSetting(db, 'exams.dailyPeriodWeeks')));
  const len = weeks * 7 * DAY;
  const t = Date.parse(`${date}T00:00:00Z`);
  const start = ANCHOR + Math.floor((t - ANCHOR) / len) * len;
  return { periodStart: iso(start), periodEnd: iso(start + len - DAY), weeks };
}

/**
 * Attendance points (0–30) for the period from the records (SPEC §4, §10): the training sessions
 * (issue 3's attendance score) and the working days on a published roster (the attendance
 * module's matched days) together, each earning the same credit (present 1, late/left early
 * partial, absent 0; approved leave, rest days and days not yet over left out):
 *   points = round1(training.attendancePoints × (Σ session credit + Σ day credit) / (sessions + days counted))
 * Null when nothing counts in the period; then the evaluator enters the value. The stored
 * attendance_source stays 'training' (= taken from the records, the web's "auto" tag): the
 * enum is shared with the web and nothing reads which records it came from.
 */
export async function attendancePrefill(
  db: Db,
  employeeId: string,
  period: { periodStart: string; periodEnd: string },
): Promise<number | null> {
  const [sessions, days] = await Promise.all([
    attendanceBreakdown(db, employeeId, period.periodStart, period.periodEnd),
    attendanceCredit(db, [employeeId], period.periodStart, period.periodEnd),
  ]);
  const d = days.get(employeeId);
  return creditScore(sessions.points, sessions.credit + (d?.credit ?? 0), sessions.counted + (d?.counted ?? 0));
}

/** What the scoring form shows first: the period, the attendance it would take from training, and
 *  (drills.quizCountsInAttitude) the attitude the period's daily quizzes suggest. */
export async function prefill(db: Db, actor: Actor, employeeId: string, date: string) {
  await requireScorer(db, actor, employeeId);
  const period = await periodOf(db, date);
  return {
    ...period,
    attendance: await attendancePrefill(db, employeeId, period),
    attitude: await attitudeSuggestion(db, employeeId, period),
  };
}

const withPerson = <R extends { employee_id: string }>(db: Db, rows: R[]) =>
  withIdentity(
    db,
    rows,
    (r) => r.employee_id,
    (p) => ({ name: p.name, team_id: p.teamId }),
  );
type Row = ExamDailyScoreTable & { name: string; team_id: string };

const toDto = (r: Row) => ({
  id: r.id,
  employeeId: r.employee_id,
  employeeName: r.name,
  teamId: r.team_id,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  kind: r.kind,
  topic: r.topic,
  attendance: r.attendance,
  attendanceSource: r.attendance_source as 'manual' | 'training',
  attitude: r.attitude,
  teamwork: r.teamwork,
  total: r.total,
  passed: r.passed === 1,
  comments: r.comments,
  scoredBy: r.scored_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

const ALL = ['admin', 'training_manager'];
/** A training manager scores anyone; a team lead only the people of their own team. */
async function requireScorer(db: Db, actor: Actor, employeeId: string) {
  const who = await identity(db, employeeId);
  const emp = who && { id: who.id, team_id: who.teamId };
  if (!emp) throw ruleBroken('UNKNOWN_EMPLOYEE', 'No such employee', 'employeeId');
  if (actor.roles.some((r) => ALL.includes(r))) return emp;
  if (actor.roles.includes('team_lead') && actor.teamId === emp.team_id && actor.employeeId !== emp.id) return emp;
  throw forbidden('A team lead scores only the people of their own team');
}

export async function create(db: Db, actor: Actor, input: z.output<typeof DailyInput>) {
  await requireScorer(db, actor, input.employeeId);
  const period = await periodOf(db, input.periodStart);
  if (input.kind === 'regular' && period.periodStart !== input.periodStart) {
    throw ruleBroken('NOT_PERIOD_START', `A regular evaluation period starts on ${period.periodStart}`, 'periodStart');
  }
  if (input.kind === 'adhoc' && !input.topic)
    throw ruleBroken('TOPIC_REQUIRED', 'Name the topic or simulation of an ad-hoc evaluation', 'topic');
  const prefill = await attendancePrefill(db, input.employeeId, period);
  const attendance = input.attendance ?? prefill;
  if (attendance === null || attendance === undefined)
    throw ruleBroken('ATTENDANCE_REQUIRED', 'Enter the attendance score (0–30)', 'attendance');
  const total = Math.round((attendance + input.attitude + input.teamwork) * 100) / 100;
  const passMark = await getSetting(db, 'exams.passMark');
  const id = newId();
  const at = nowIso();
  try {
    await db.transaction().execute(async (trx) => {
      await insertDailyScore(trx, {
        id,
        employee_id: input.employeeId,
        period_start: input.kind === 'regular' ? period.periodStart : input.periodStart,
        period_end: period.periodEnd,
        kind: input.kind,
        topic_key: input.kind === 'adhoc' ? input.topic! : '',
        topic: input.topic ?? null,
        attendance,
        attendance_source: input.attendance === null || input.attendance === undefined ? 'training' : 'manual',
        attitude: input.attitude,
        teamwork: input.teamwork,
        total,
        pass_mark: passMark,
        passed: total >= passMark ? 1 : 0,
        comments: input.comments ?? null,
        scored_by: actor.name,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'exam_daily_score',
        entityId: id,
        newValue: {
          employeeId: input.employeeId,
          periodStart: input.periodStart,
          attendance,
          attitude: input.attitude,
          teamwork: input.teamwork,
          total,
        },
      });
      await openIfFailed(trx, {
        employeeId: input.employeeId,
        kind: 'daily',
        sourceId: id,
        title: dailyTitle(period.periodStart, input.topic),
        score: total,
        passMark,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw conflict(
        'DUPLICATE_EVALUATION',
        'This person already has this evaluation for the period; edit it instead',
        'periodStart',
      );
    throw err;
  }
  return { id, total, passed: total >= passMark };
}

export async function update(db: Db, actor: Actor, id: string, input: z.output<typeof DailyUpdate>) {
  const [row] = await withPerson(db, await dailyScoreById(db, id));
  if (!row) throw notFound('Evaluation');
  await requireScorer(db, actor, row.employee_id);
  const total = Math.round((input.attendance + input.attitude + input.teamwork) * 100) / 100;
  await db.transaction().execute(async (trx) => {
    const n = await updateDailyAtVersion(trx, id, input.version, {
      attendance: input.attendance,
      attendance_source: 'manual',
      attitude: input.attitude,
      teamwork: input.teamwork,
      total,
      passed: total >= row.pass_mark ? 1 : 0,
      comments: input.comments ?? row.comments,
      scored_by: actor.name,
      version: row.version + 1,
      updated_at: nowIso(),
    });
    if (n !== 1)
      throw conflict('STALE_VERSION', 'Someone changed this evaluation since you opened it; reload it', 'version');
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'exam_daily_score',
      entityId: id,
      reason: input.reason,
      oldValue: { attendance: row.attendance, attitude: row.attitude, teamwork: row.teamwork, total: row.total },
      newValue: { attendance: input.attendance, attitude: input.attitude, teamwork: input.teamwork, total },
    });
    await openIfFailed(trx, {
      employeeId: row.employee_id,
      kind: 'daily',
      sourceId: id,
      title: dailyTitle(row.period_start, null),
      score: total,
      passMark: row.pass_mark,
    });
  });
  return { id, total, passed: total >= row.pass_mark };
}

export async function list(db: Db, actor: Actor, q: z.output<typeof DailyListQuery>) {
  let people: PeopleSet | undefined;
  if (!actor.roles.some((r) => [...ALL, 'hr'].includes(r))) {
    // A team lead sees their team, a center manager their department (SPEC §1).
    const teamIds = actor.roles.includes('team_lead') && actor.teamId ? [actor.teamId] : [];
    const departmentIds = actor.roles.includes('center_manager') && actor.departmentId ? [actor.departmentId] : [];
    if (!teamIds.length && !departmentIds.length) return { items: [], total: 0 };
    people = { teamIds, departmentIds };
  }
  const page = await dailyPage(
    db,
    { people, employeeId: q.employeeId, teamId: q.teamId, periodStart: q.periodStart },
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  const rows = await withPerson(db, page.rows);
  return { items: rows.map(toDto), total: page.total };
}

export async function mine(db: Db, actor: Actor) {
  if (!actor.employeeId) return [];
  const rows = await dailyScoresOf(db, actor.employeeId);
  return (await withPerson(db, rows)).map(toDto);
}
