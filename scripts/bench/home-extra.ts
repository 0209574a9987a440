import type { Db } from '../../src/server/db/connect.js';
import { insertMany, ts } from '../../src/server/demo/analytics-batch.js';
import { addDays } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import { addWorkingDays, type Org } from './home-org.js';

// The home bench's remaining work: the published rosters (every agent's shifts for the week
// around today), open declining-agent warnings (one agent in 50), discipline records waiting on
// HR, and a few failed background jobs for the administrator.

const SCHEDULE_DAYS = 7; // today - 3 … today + 3

export async function seedSchedule(db: Db, org: Org) {
  const { today, at, teams, hrUserId } = org;
  const shiftId = newId();
  await insertMany(db, 'attendance_shifts', [
    {
      id: shiftId,
      department_id: null,
      code: 'D',
      name: '白班',
      start_time: '09:00',
      end_time: '18:00',
      breaks: '[]',
      work_minutes: 480,
      skill: null,
      color: null,
      active: 1,
      version: 1,
      created_at: at,
      updated_at: at,
    },
  ]);
  const from = addDays(today, -3);
  const rosters = teams.map((t) => ({
    id: newId(),
    team_id: t.id,
    period_start: from,
    period_end: addDays(from, SCHEDULE_DAYS - 1),
    status: 'published',
    published_at: at,
    published_by: hrUserId,
    version: 1,
    created_by: hrUserId,
    created_at: at,
    updated_at: at,
  }));
  await insertMany(db, 'attendance_rosters', rosters);
  const rows = [];
  for (const [i, t] of teams.entries()) {
    for (const [m, p] of t.members.entries()) {
      for (let d = 0; d < SCHEDULE_DAYS; d++) {
        const day = addDays(from, d);
        const rest = (m + d) % 7 >= 5; // two rest days a week, staggered
        rows.push({
          employee_id: p.id,
          day,
          roster_id: rosters[i].id,
          shift_id: rest ? null : shiftId,
          starts_at: rest ? null : ts(day, '09:00'),
          ends_at: rest ? null : ts(day, '18:00'),
          work_minutes: rest ? 0 : 480,
          updated_at: at,
          updated_by: hrUserId,
        });
      }
    }
  }
  await insertMany(db, 'attendance_schedule', rows);
  return { scheduleRows: rows.length };
}

export async function seedOversight(db: Db, org: Org) {
  const { rand, today, agents, teams } = org;
  const warnings = [];
  const records = [];
  const focus = new Set([teams[0].id]);
  for (const [i, a] of agents.entries()) {
    if (a.status !== 'trainee' && (i % 50 === 7 || (focus.has(a.teamId) && i % 6 === 2))) {
      const metric = i % 3 === 0 ? 'aht' : 'qa';
      warnings.push({
        id: newId(),
        employee_id: a.id,
        metric,
        status: 'open',
        open_key: `${a.id}:${metric}`,
        method: 1,
        weeks: '[]',
        fall: 6,
        fall_percent: 7.5,
        threshold: 5,
        causes: '[]',
        flagged_at: ts(addDays(today, -2), '02:00'),
        swept_at: ts(addDays(today, -1), '02:00'),
        closed_at: null,
        resolved_at: null,
        version: 1,
      });
    }
    if (i % 200 === 11) {
      const day = addWorkingDays(today, -2 - Math.floor(rand() * 3));
      records.push({
        id: newId(),
        employee_id: a.id,
        kind: 'rudeness',
        occurred_on: day,
        description: '通话中与客户争执',
        evidence_text: null,
        interaction_id: null,
        attendance_session_id: null,
        status: i % 400 === 11 ? 'appealed' : 'pending',
        expires_on: addDays(day, 180),
        recorded_by: a.leadUserId,
        recorded_by_name: '组长',
        recorded_at: ts(day, '17:00'),
        response_kind: null,
        response_text: null,
        responded_at: null,
        decision: null,
        decision_reason: null,
        decided_by: null,
        decided_by_name: null,
        decided_at: null,
        version: 1,
        updated_at: ts(day, '17:00'),
      });
    }
  }
  await insertMany(db, 'analytics_warnings', warnings);
  await insertMany(db, 'discipline_records', records);
  const jobs = Array.from({ length: 3 }, (_, i) => ({
    id: newId(),
    kind: i === 0 ? 'interactions.import' : 'analytics.refresh',
    state: 'failed',
    payload: '{}',
    progress: null,
    attempts: 3,
    locked_by: null,
    lease_until: null,
    heartbeat_at: null,
    error: 'bench: failed on purpose',
    created_at: ts(addDays(today, -i), '01:00'),
    started_at: ts(addDays(today, -i), '01:00'),
    finished_at: ts(addDays(today, -i), '01:05'),
    updated_at: ts(addDays(today, -i), '01:05'),
  }));
  await insertMany(db, 'jobs', jobs);
  return { warnings: warnings.length, disciplineRecords: records.length, failedJobs: jobs.length };
}

/** Month-to-date calls of the first center's agents (the CSAT of the KPI panel is counted from
 *  them): 50 a working day each, three in ten rated. The other centers have rollups only. */
export async function seedCalls(db: Db, org: Org) {
  const { rand, today, agents, teams } = org;
  const first = new Set(teams.filter((t) => t.deptId === teams[0].deptId).map((t) => t.id));
  let n = 0;
  for (let day = `${today.slice(0, 8)}01`; day < today; day = addDays(day, 1)) {
    const dow = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const rows = [];
    for (const a of agents) {
      if (!first.has(a.teamId)) continue;
      for (let c = 0; c < 50; c++) {
        const minute = 9 * 60 + Math.floor((c * 540) / 50);
        rows.push({
          id: newId(),
          agent_id: a.id,
          started_at: ts(
            day,
            `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
          ),
          day,
          direction: 'inbound',
          channel: 'voice',
          business_type: 'billing',
          queue: null,
          answered: 1,
          talk_seconds: 240,
          hold_seconds: 15,
          wrap_seconds: 30,
          queue_wait_seconds: 10,
          fcr: rand() < 0.8 ? 1 : 0,
          csat: rand() < 0.3 ? 3 + Math.floor(rand() * 3) : null,
          customer_ref: null,
          recording_url: null,
          transcript_url: null,
          import_id: null,
          call_id: null,
          leg: null,
        });
      }
    }
    await insertMany(db, 'interactions', rows);
    n += rows.length;
  }
  return { calls: n };
}
