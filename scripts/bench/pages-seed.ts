// What bench:pages loads (scripts/bench/pages.ts): the whole demo center as a first start loads
// it (accounts, cohorts, samples), the bench call center's interactions (interactions-data.ts:
// 500 agents, 30 days of October 2026) spread over 20 teams of 25 with their daily rollups, and
// QA evaluations of those agents as bench:oversight seeds them (two forms, evaluators of varied
// leniency, two quarters).
// Rows go straight into the tables (the import is bench:import's subject, not this one's).
import { sql } from 'kysely';
import type { DbHandle } from '../../src/server/db/connect.js';
import { mulberry32 } from '../../src/server/demo/names.js';
import { loadDemo } from '../../src/server/demo/index.js';
import { nowIso } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import { agentNo, AGENTS, benchInteractions, TYPES } from './interactions-data.js';
import { benchDepartment, employeeRow, insertEmployees, insertUser } from './setup.js';

export const TEAMS = 20;
const EVALUATORS = 20;
const OFFSET_MS = 8 * 3_600_000; // the bench center is on China time (the default setting)
const SL_SECONDS = 20; // the default service-level threshold
const CHANNEL: Record<string, string> = { 语音: 'voice', 在线: 'chat', 邮件: 'email', 工单: 'ticket' };
const ITEMS = [
  ['greet', 10],
  ['verify', 10],
  ['listen', 15],
  ['accurate', 15],
  ['solve', 20],
  ['policy', 10],
  ['tone', 10],
  ['close', 10],
] as const;

export interface Seeded {
  departmentId: string;
  teamIds: string[];
  agentIds: string[];
}

export async function seedPages(handle: DbHandle, rows: number, evaluations: number): Promise<Seeded> {
  const { db } = handle;
  await loadDemo(handle);
  const at = nowIso();
  const departmentId = await benchDepartment(db, at);
  const teamIds = Array.from({ length: TEAMS }, () => newId());
  await db
    .insertInto('teams')
    .values(
      teamIds.map((id, t) => ({
        id,
        department_id: departmentId,
        code: `BENCH-${t + 1}`,
        name: `压测${t + 1}组`,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  const agentIds = Array.from({ length: AGENTS }, () => newId());
  const perTeam = AGENTS / TEAMS;
  await insertEmployees(
    db,
    agentIds.map((id, i) =>
      employeeRow({ id, employee_no: agentNo(i), name: `坐席${i + 1}`, team_id: teamIds[Math.floor(i / perTeam)] }, at),
    ),
  );
  await loadInteractions(handle, agentIds, rows);
  await rollUp(handle);
  await loadEvaluations(handle, agentIds, evaluations, at);
  // As autovacuum / PRAGMA optimize would have by the time anyone reads a month of calls.
  await sql`ANALYZE`.execute(db);
  return { departmentId, teamIds, agentIds };
}

async function loadInteractions(handle: DbHandle, agentIds: string[], rows: number) {
  let batch: Record<string, unknown>[] = [];
  // 19 columns: 500 rows stay under SQLite's 32,766 parameters and PostgreSQL's 65,535.
  const flush = async () => {
    const chunk = batch;
    batch = [];
    await handle.db.transaction().execute(async (trx) => {
      for (let i = 0; i < chunk.length; i += 500)
        await trx
          .insertInto('interactions')
          .values(chunk.slice(i, i + 500) as never)
          .execute();
    });
  };
  for (const r of benchInteractions(rows)) {
    batch.push({
      id: r.id,
      agent_id: agentIds[r.agent],
      started_at: new Date(Date.parse(`${r.date}T00:00:00Z`) + r.secs * 1000 - OFFSET_MS).toISOString(),
      day: r.date,
      direction: r.outbound ? 'out' : 'in',
      channel: CHANNEL[r.channel],
      business_type: r.type,
      queue: null,
      answered: r.answered ? 1 : 0,
      talk_seconds: r.talk,
      hold_seconds: r.hold,
      wrap_seconds: r.wrap,
      queue_wait_seconds: r.wait === '' ? null : Number(r.wait),
      fcr: r.fcr === '' ? null : r.fcr === '是' ? 1 : 0,
      csat: r.csat === '' ? null : Number(r.csat),
      customer_ref: r.customer,
      recording_url: CHANNEL[r.channel] === 'voice' ? `https://rec.bench/${r.id}.wav` : null,
      transcript_url: null,
      import_id: 'bench',
    });
    if (batch.length === 20_000) await flush();
  }
  await flush();
}

/** The per-agent rollups the KPI pages and the list's totals read, summed from the bench rows. */
async function rollUp(handle: DbHandle) {
  const { db } = handle;
  await sql`
    INSERT INTO interaction_daily (agent_id, day, business_type, channel, offered, handled, talk_sum, hold_sum,
      wrap_sum, fcr_yes, fcr_known, csat_sum, csat_count, sl_within, sl_offered)
    SELECT agent_id, day, business_type, channel, count(*), sum(answered), sum(talk_seconds), sum(hold_seconds),
      sum(wrap_seconds), sum(CASE WHEN fcr = 1 THEN 1 ELSE 0 END), count(fcr), coalesce(sum(csat), 0), count(csat),
      sum(CASE WHEN direction = 'in' AND answered = 1 AND queue_wait_seconds <= ${SL_SECONDS} THEN 1 ELSE 0 END),
      sum(CASE WHEN direction = 'in' AND queue_wait_seconds IS NOT NULL THEN 1 ELSE 0 END)
    FROM interactions WHERE import_id = 'bench'
    GROUP BY agent_id, day, business_type, channel`.execute(db);
  await sql`
    INSERT INTO interaction_agent_daily (agent_id, day, offered, handled, talk_sum, hold_sum, wrap_sum, fcr_yes,
      fcr_known, csat_sum, csat_count, sl_within, sl_offered)
    SELECT r.agent_id, r.day, sum(r.offered), sum(r.handled), sum(r.talk_sum), sum(r.hold_sum), sum(r.wrap_sum),
      sum(r.fcr_yes), sum(r.fcr_known), sum(r.csat_sum), sum(r.csat_count), sum(r.sl_within), sum(r.sl_offered)
    FROM interaction_daily r JOIN employees e ON e.id = r.agent_id
    WHERE e.employee_no LIKE 'BN%'
    GROUP BY r.agent_id, r.day`.execute(db);
}

/** Evaluations as bench:oversight seeds them: one form per direction, scored item by item, a
 *  few evaluators lenient, harsh or erratic, day after day over two quarters of 2026. */
async function loadEvaluations(handle: DbHandle, agentIds: string[], total: number, at: string) {
  const { db } = handle;
  const rand = mulberry32(20261208);
  const quality = agentIds.map(() => 0.7 + rand() * 0.2);
  const evaluators = Array.from({ length: EVALUATORS }, () => newId());
  for (const [i, id] of evaluators.entries())
    await insertUser(
      db,
      { id, username: `bqa${i + 1}`, displayName: `压测质检员${String(i + 1).padStart(2, '0')}`, role: 'qa_evaluator' },
      at,
    );
  const forms = (['inbound', 'outbound'] as const).map((kind) => ({ id: newId(), version: newId(), kind }));
  const content = JSON.stringify({
    sections: [
      {
        key: 'all',
        title: '全部',
        items: ITEMS.map(([key, max]) => ({ key, title: key, kind: 'scale', max, critical: false })),
      },
    ],
  });
  for (const f of forms) {
    await db
      .insertInto('qa_forms')
      .values({
        id: f.id,
        name: `压测页面${f.kind}`,
        kind: f.kind,
        description: null,
        archived: 0,
        published_version_id: f.version,
        draft_version_id: null,
        created_by: null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await db
      .insertInto('qa_form_versions')
      .values({
        id: f.version,
        form_id: f.id,
        number: 1,
        status: 'published',
        content,
        pass_score: 80,
        published_at: at,
        published_by: null,
        created_by: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  const evaluation = (i: number) => {
    const e = Math.floor(rand() * EVALUATORS);
    const a = Math.floor(rand() * agentIds.length);
    const type = TYPES[Math.floor(rand() * TYPES.length)];
    const form = forms[type === '外呼营销' ? 1 : 0];
    const day = new Date(Date.UTC(2026, 6, 1) + Math.floor((i * 184) / total) * 86_400_000).toISOString().slice(0, 10);
    const bias = e < 2 ? 0.08 : e < 4 ? -0.08 : 0;
    const items: Record<string, { earned: number; possible: number; na: boolean; criticalFailed: boolean }> = {};
    const answers: Record<string, number> = {};
    let earned = 0;
    for (const [key, max] of ITEMS) {
      const share = e === 4 ? (rand() < 0.5 ? 0.2 : 1) : quality[a] + bias + (rand() - 0.5) * 0.4;
      const steps = Math.max(0, Math.min(5, Math.round(share * 5)));
      items[key] = { earned: (max * steps) / 5, possible: max, na: false, criticalFailed: false };
      answers[key] = steps;
      earned += (max * steps) / 5;
    }
    const score = Math.round(100 * earned) / 100;
    const json = JSON.stringify(items);
    return {
      id: newId(),
      form_version_id: form.version,
      form_id: form.id,
      interaction_id: null,
      agent_id: agentIds[a],
      evaluator_user_id: evaluators[e],
      method: 'recording',
      sample_id: null,
      answers: JSON.stringify(answers),
      items: json,
      score,
      final_answers: JSON.stringify(answers),
      final_items: json,
      final_score: score,
      passed: score >= 80 ? 1 : 0,
      critical_failure: 'none',
      comment: null,
      suggestion_kind: null,
      suggestion_employee_id: null,
      suggestion_note: null,
      agent_status: 'regular',
      business_type: type,
      day,
      scored_at: `${day}T08:00:00.000Z`,
      version: 1,
      created_at: at,
      updated_at: at,
    };
  };
  for (let done = 0; done < total;) {
    await db.transaction().execute(async (trx) => {
      for (let k = 0; k < 20 && done < total; k++) {
        const rows = Array.from({ length: Math.min(1000, total - done) }, (_, j) => evaluation(done + j));
        await trx.insertInto('qa_evaluations').values(rows).execute();
        done += rows.length;
      }
    });
  }
}
