// Appraisal benchmark (issue 18). Run: `npm run bench:appraisal`.
//
// Loads the import benchmark's call center (scripts/bench/interactions-data.ts: BENCH_ROWS,
// default 1,000,000 interactions of 500 agents over October 2026) straight into a fresh SQLite
// database with prepared inserts, with the per-agent daily rollups the KPI pages read, and
// BENCH_EVALUATIONS (default 30,000) QA evaluations. Then times the real services: a monthly cycle
// made for every agent (sheets created and computed: fcr, aht, csat, qa, accuracy, attendance),
// the whole cycle recomputed, one agent's draft recomputed (what a dispute decision sets off), and
// the freeze. Prints each time, CPU time and peak RSS. Aims: cycle < 5 s (10,000 agents: < 60 s),
// one agent < 100 ms.
// Never exits non-zero on a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { PlanContent } from '../../src/common/appraisal-plans.js';
import { connect } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import type { Actor } from '../../src/server/lib/actor.js';
import { newId } from '../../src/server/lib/ids.js';
import { nowIso, setClock } from '../../src/server/lib/clock.js';
import { createCycle, recomputeCycle } from '../../src/server/modules/appraisal/cycles/cycles.service.js';
import { advance } from '../../src/server/modules/appraisal/cycles/cycles.steps.js';
import { recomputeSheet } from '../../src/server/modules/appraisal/sheets/sheets.service.js';
import { AGENTS, agentNo, benchInteractions } from './interactions-data.js';
import { benchTeam, employeeRow, fmt, insertEmployees, insertUser, loadLine } from './setup.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const EVALUATIONS = Number(process.env.BENCH_EVALUATIONS ?? 30_000);
// BENCH_AGENTS (a multiple of 500) spreads the same interactions over more agents (issue 18: 10,000 in < 60 s).
const PEOPLE = Math.max(AGENTS, Math.round(Number(process.env.BENCH_AGENTS ?? AGENTS) / AGENTS) * AGENTS);
const OFFSET_MS = 8 * 3_600_000; // the bench center is on China time (the default setting)
const CHANNEL: Record<string, string> = { 语音: 'voice', 在线: 'chat', 邮件: 'email', 工单: 'ticket' };
const dir = mkdtempSync(join(tmpdir(), 'seatwise-bench-appraisal-'));

const CONTENT = PlanContent.parse({
  name: '压测考核方案',
  cycleKind: 'monthly',
  teams: [],
  kpiSets: {
    inbound: [
      { code: 'qa', weight: 30, rule: { kind: 'linear', floor: 60, target: 95 } },
      { code: 'fcr', weight: 20, rule: { kind: 'linear', floor: 50, target: 85 } },
      { code: 'csat', weight: 20, rule: { kind: 'linear', floor: 60, target: 95 } },
      { code: 'aht', weight: 10, rule: { kind: 'linear', floor: 600, target: 300 } },
      { code: 'attendance', weight: 10, rule: { kind: 'linear', floor: 80, target: 100 } },
      { code: 'lead_assessment', weight: 10, rule: { kind: 'manual', max: 10 } },
    ],
  },
  grades: [
    { grade: 'S', min: 90 },
    { grade: 'A', min: 80 },
    { grade: 'B', min: 70 },
    { grade: 'C', min: 60 },
    { grade: 'D', min: 0 },
  ],
  bonus: { mode: 'base', coefficients: { S: 1.5, A: 1.2, B: 1, C: 0.8, D: 0 } },
  forcedDistribution: null,
  appealWorkingDays: 3,
});

/** Wall time, CPU time and peak RSS (sampled every 20 ms) while `work` runs. */
async function measured<T>(work: () => Promise<T>) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  const c = process.cpuUsage();
  const result = await work();
  const u = process.cpuUsage(c);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, ms: performance.now() - t, cpu: (u.user + u.system) / 1000, peakMb: peak / 1048576 };
}

function loadInteractions(file: string, agentIds: string[]) {
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  const ins =
    raw.prepare(`INSERT INTO interactions (id, agent_id, started_at, day, direction, channel, business_type, queue, answered, talk_seconds,
    hold_seconds, wrap_seconds, queue_wait_seconds, fcr, csat, customer_ref, recording_url, transcript_url, import_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, 'bench')`);
  const sums = new Map<string, number[]>(); // agent|day → offered handled talk hold wrap fcr_yes fcr_known csat_sum csat_count
  let batch: unknown[][] = [];
  const flush = raw.transaction((rows: unknown[][]) => {
    for (const r of rows) ins.run(r);
  });
  let n = 0;
  for (const r of benchInteractions(ROWS)) {
    const agent = r.agent + AGENTS * (n++ % (agentIds.length / AGENTS));
    const utc = new Date(Date.parse(`${r.date}T00:00:00Z`) + r.secs * 1000 - OFFSET_MS).toISOString();
    const fcr = r.fcr === '' ? null : r.fcr === '是' ? 1 : 0;
    const csat = r.csat === '' ? null : Number(r.csat);
    batch.push([
      r.id,
      agentIds[agent],
      utc,
      r.date,
      r.outbound ? 'out' : 'in',
      CHANNEL[r.channel],
      r.type,
      r.answered ? 1 : 0,
      r.talk,
      r.hold,
      r.wrap,
      r.wait === '' ? null : Number(r.wait),
      fcr,
      csat,
      r.customer,
    ]);
    const key = `${agentIds[agent]}|${r.date}`;
    const s = sums.get(key) ?? sums.set(key, [0, 0, 0, 0, 0, 0, 0, 0, 0]).get(key)!;
    s[0] += 1;
    if (r.answered) {
      s[1] += 1;
      s[2] += r.talk;
      s[3] += r.hold;
      s[4] += r.wrap;
      if (fcr !== null) {
        s[6] += 1;
        s[5] += fcr;
      }
      if (csat !== null) {
        s[8] += 1;
        s[7] += csat;
      }
    }
    if (batch.length === 20_000) {
      flush(batch);
      batch = [];
    }
  }
  flush(batch);
  const roll = raw.prepare(`INSERT INTO interaction_agent_daily (agent_id, day, offered, handled, talk_sum, hold_sum,
    wrap_sum, fcr_yes, fcr_known, csat_sum, csat_count, sl_within, sl_offered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`);
  raw.transaction(() => {
    for (const [key, s] of sums) roll.run(...key.split('|'), ...s);
  })();
  return raw;
}

function loadEvaluations(raw: SQLite.Database, agentIds: string[], userId: string) {
  // The bench writes evaluations without their scorecard rows: foreign keys off on this connection.
  raw.pragma('foreign_keys = OFF');
  const ins = raw.prepare(`INSERT INTO qa_evaluations (id, form_version_id, form_id, interaction_id, agent_id,
    evaluator_user_id, method, sample_id, answers, items, score, final_answers, final_items, final_score, passed,
    critical_failure, comment, suggestion_kind, suggestion_employee_id, suggestion_note, agent_status, business_type,
    day, scored_at, version, created_at, updated_at)
    VALUES (?, 'bench-form-v1', 'bench-form', NULL, ?, ?, 'recording', NULL, '{}', '{}', ?, '{}', '{}', ?, ?, ?, NULL,
    NULL, NULL, NULL, 'regular', NULL, ?, ?, 1, ?, ?)`);
  let seed = 7;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  raw.transaction(() => {
    for (let i = 0; i < EVALUATIONS; i++) {
      const score = Math.round(55 + rand() * 45);
      const critical = rand() < 0.05 ? 'evaluation' : 'none';
      const day = `2026-10-${String(1 + (i % 30)).padStart(2, '0')}`;
      const at = `${day}T06:00:00.000Z`;
      ins.run(
        newId(),
        agentIds[i % agentIds.length],
        userId,
        score,
        score,
        critical === 'none' && score >= 80 ? 1 : 0,
        critical,
        day,
        at,
        at,
        at,
      );
    }
  })();
}

async function main() {
  setClock('2026-11-05T02:00:00Z');
  const file = join(dir, 'bench.db');
  const handle = connect(`sqlite:${file}`);
  await migrateToLatest(handle);
  const db = handle.db;
  const at = nowIso();
  const [userId, planId, versionId] = [newId(), newId(), newId()];
  const teamId = await benchTeam(db, at);
  await insertUser(db, { id: userId, username: 'bench', displayName: '压测', role: 'hr' }, at);
  const agentIds = Array.from({ length: PEOPLE }, () => newId());
  await insertEmployees(
    db,
    agentIds.map((id, i) => employeeRow({ id, employee_no: agentNo(i), name: `坐席${i + 1}`, team_id: teamId }, at)),
  );
  const content = { ...CONTENT, teams: [{ teamId, positionType: 'inbound' as const }] };
  await db
    .insertInto('appraisal_plans')
    .values({
      id: planId,
      name: content.name,
      department_id: null,
      draft_version_id: null,
      published_version_id: versionId,
      revision: 1,
      created_by: userId,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('appraisal_plan_versions')
    .values({
      id: versionId,
      plan_id: planId,
      number: 1,
      status: 'published',
      content: JSON.stringify(content),
      created_by: userId,
      created_at: at,
      updated_at: at,
      published_at: at,
      published_by: userId,
    })
    .execute();

  console.log(`loading ${fmt(ROWS)} interactions and ${fmt(EVALUATIONS)} evaluations (${fmt(PEOPLE)} agents) …`);
  const t0 = performance.now();
  const raw = loadInteractions(file, agentIds);
  loadEvaluations(raw, agentIds, userId);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  console.log(`  loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const actor = {
    userId,
    name: '压测',
    roles: ['admin'],
    employeeId: null,
    teamId: null,
    departmentId: null,
  } as unknown as Actor;
  const made = await measured(() => createCycle(db, actor, { planVersionId: versionId, periodStart: '2026-10-01' }));
  const cycleId = made.result.id;
  const again = await measured(() => recomputeCycle(db, actor, cycleId));
  const sheet = await db
    .selectFrom('appraisal_sheets')
    .select('id')
    .where('cycle_id', '=', cycleId)
    .where('employee_id', '=', agentIds[0])
    .executeTakeFirstOrThrow();
  const one = await measured(() =>
    db.transaction().execute((trx) => recomputeSheet(trx, actor, sheet.id, 'bench: one agent after a dispute')),
  );
  const frozen = await measured(() => advance(db, actor, cycleId, { to: 'frozen', version: made.result.version }));
  const grades = await db
    .selectFrom('appraisal_sheets')
    .select(['grade', (eb) => eb.fn.countAll<number>().as('n')])
    .where('cycle_id', '=', cycleId)
    .groupBy('grade')
    .execute();

  const ok = (ms: number, aim: number) => (ms < aim ? 'ok' : 'MISSED');
  const line = (label: string, m: { ms: number; cpu: number; peakMb: number }, aim?: number) =>
    console.log(
      `  ${label.padEnd(34)} ${m.ms.toFixed(0).padStart(6)} ms (CPU ${m.cpu.toFixed(0)} ms, peak RSS ${m.peakMb.toFixed(0)} MB)${aim ? ` [aim < ${aim} ms: ${ok(m.ms, aim)}]` : ''}`,
    );
  console.log(`\nSQLite (better-sqlite3, WAL): monthly cycle of October 2026, ${fmt(made.result.sheetCount)} sheets`);
  console.log(loadLine());
  const aim = PEOPLE > AGENTS ? 60_000 : 5000;
  line('create cycle (sheets + compute)', made, aim);
  line(`recompute cycle (${again.result.changed} changed)`, again, aim);
  line('recompute one agent', one, 100);
  line('freeze (last recompute + snapshot)', frozen, aim);
  if (process.env.BENCH_SAMPLE)
    console.log(
      await db
        .selectFrom('appraisal_sheet_items')
        .select(['code', 'value', 'points'])
        .where('sheet_id', '=', sheet.id)
        .execute(),
    );
  console.log(`  grades: ${grades.map((g) => `${g.grade ?? 'N/A'} ${g.n}`).join(', ')}`);
  await handle.close();
}

try {
  await main();
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
