import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type DbHandle } from '../../db/connect.js';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import { slotRuns } from '../../lib/schedule.js';
import { putSetting } from '../../lib/settings.js';
import { SWEEP_TASK } from '../../modules/exams/attempts/sweeper.js';
import { addQuestion, cohortAccounts, openExam, SAMPLE } from '../../modules/exams/shared/exams.testkit.js';
import { templateCsv, upload } from '../../modules/interactions/test-kit.js';
import type { TestEnv } from '../harness.js';
import { dropPostgresDatabases, withDatabase } from '../templates.js';
import { signIn, startNode, type NodeProcess } from './node-process.js';

// Two application nodes on one PostgreSQL (issue 23): two real server processes, each on its own
// port, one database copied from the seeded template. A session made on one node is good on the
// other; an exam's autosave goes to alternating nodes; an import runs on whichever node claims it,
// that node is killed (SIGKILL) mid-import and the other finishes it with every row exactly once;
// the exam sweep (every second here) runs once per slot across both nodes.

const url = process.env.TEST_DATABASE_URL;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ROWS = 30_000;

async function onServer(statement: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** Polls `probe` (machine time: how long the test waits) until it returns a value. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, ms: number, everyMs = 100): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(everyMs);
  }
}

if (!url) console.warn('two-nodes.test.ts: skipped, set TEST_DATABASE_URL to run two nodes on one PostgreSQL');

describe.skipIf(!url)('two nodes on one PostgreSQL', () => {
  const name = `seatwise_nodes_${randomBytes(6).toString('hex')}`;
  const importDir = mkdtempSync(join(tmpdir(), 'seatwise-nodes-'));
  let handle: DbHandle;
  let nodes: NodeProcess[] = [];
  let examinee: { username: string; employeeId: string };

  beforeAll(async () => {
    const templates = inject('templates');
    if (!templates.postgres) throw new Error('TEST_DATABASE_URL was not set when the run started');
    await onServer(`CREATE DATABASE ${name} TEMPLATE ${templates.postgres.seeded}`);
    handle = connect(withDatabase(url!, name));
    await putSetting(handle.db, 'exams.sweepSeconds', 1, null);
    // Small batches: the import lasts long enough to be caught half-way however fast imports get.
    await putSetting(handle.db, 'interactions.importBatchRows', 100, null);
    [examinee] = await cohortAccounts({ handle } as TestEnv, 1, 'nodes');
    const env = {
      DATABASE_URL: withDatabase(url!, name),
      SEATWISE_DEMO: '0',
      LOG_LEVEL: 'error',
      SEATWISE_IMPORT_DIR: importDir, // uploads on storage both nodes share
      SEATWISE_JOB_LEASE_MS: '5000', // a dead node's import is taken over within seconds
    };
    nodes = await Promise.all([startNode('node 1', env), startNode('node 2', env)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await handle?.close();
    if (url) await dropPostgresDatabases(url, [name]);
    rmSync(importDir, { recursive: true, force: true });
  }, 30_000);

  it('keeps a session made on one node valid on the other, and a sign-out ends it on both', async () => {
    const [n1, n2] = nodes;
    const trainer = await signIn(n1, 'trainer', DEMO_PASSWORD);
    const me = await trainer.on(n2).get('/api/auth/me');
    expect(me.status, me.raw).toBe(200);
    expect(me.body.data.username).toBe('trainer');
    expect((await trainer.on(n2).post('/api/auth/logout')).status).toBe(200);
    // Node 1 may hold the session in its short per-process cache (lib/sessions.ts, 5 s); no longer.
    await until(
      'node 1 refuses the ended session',
      async () => ((await trainer.on(n1).get('/api/auth/me')).status === 401 ? true : undefined),
      8_000,
    );
  });

  it('saves an exam answer by answer on alternating nodes and grades what both received', async () => {
    const [n1, n2] = nodes;
    const trainer = await signIn(n2, 'trainer', DEMO_PASSWORD);
    const qs = [
      await addQuestion(trainer, SAMPLE.trueFalse),
      await addQuestion(trainer.on(n1), { ...SAMPLE.trueFalse, stem: '可以在通话中辱骂客户。' }),
      await addQuestion(trainer, { ...SAMPLE.trueFalse, stem: '通话结束前应确认客户问题已解决。', answer: true }),
    ];
    const { examId } = await openExam(trainer.on(n1), {
      paper: { title: '两节点', mode: 'fixed', items: qs.map((questionId) => ({ questionId })) },
      examinees: [examinee.employeeId],
    });
    const me = await signIn(n1, examinee.username, DEMO_PASSWORD);
    const start = await me.post(`/api/exams/${examId}/attempts`);
    expect(start.status, start.raw).toBe(200);
    const attemptId = start.body.data.attemptId as string;
    const save = async (node: NodeProcess, questionId: string, value: boolean) => {
      const r = await me.on(node).put(`/api/exams/attempts/${attemptId}/answers/${questionId}`, { value });
      expect(r.status, `${node.name}: ${r.raw}`).toBe(200);
    };
    await save(n2, qs[0], true); // wrong first …
    await save(n1, qs[1], false);
    await save(n2, qs[2], true);
    await save(n1, qs[0], false); // … corrected on the other node
    const view = await me.on(n2).get(`/api/exams/attempts/${attemptId}`);
    expect(view.status, view.raw).toBe(200);
    const answers = Object.fromEntries(view.body.data.items.map((i: any) => [i.questionId, i.answer]));
    expect(answers).toEqual({ [qs[0]]: { value: false }, [qs[1]]: { value: false }, [qs[2]]: { value: true } });
    expect((await me.on(n1).post(`/api/exams/attempts/${attemptId}/submit`)).status).toBe(200);
    const row = await handle.db
      .selectFrom('exam_attempts')
      .select(['status', 'score'])
      .where('id', '=', attemptId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('graded');
    expect(Number(row.score)).toBe(100);
  });

  it('finishes an import on the other node after the one running it is killed, every row exactly once', async () => {
    const agents = (
      await handle.db
        .selectFrom('employees as e')
        .innerJoin('teams as t', 't.id', 'e.team_id')
        .select('e.employee_no')
        .where('t.code', 'in', ['CS2-1', 'CS2-2'])
        .orderBy('e.employee_no')
        .execute()
    ).map((r) => r.employee_no);
    const talk = (i: number) => 60 + (i % 600);
    const csv = templateCsv(
      Array.from({ length: ROWS }, (_, i) => ({
        interactionId: `NODES-${i}`,
        agent: agents[i % agents.length],
        startedAt: `2026-11-${10 + (i % 3)} 1${i % 10}:${String(i % 60).padStart(2, '0')}:00`,
        businessType: '信用卡',
        talkSeconds: talk(i),
        holdSeconds: 0,
        wrapSeconds: 10,
        queueWaitSeconds: 3,
        fcr: '是',
        csat: 5,
      })),
    );
    const qa = await signIn(nodes[0], 'qa', DEMO_PASSWORD);
    const res = await upload(qa, csv, 'template');
    expect(res.status, res.raw).toBe(202);
    const importId = res.body.data.id as string;
    const { job_id: jobId } = await handle.db
      .selectFrom('interaction_imports')
      .select('job_id')
      .where('id', '=', importId)
      .executeTakeFirstOrThrow();

    // Whichever node claimed the job is killed once some batches are committed.
    const holder = await until(
      'the import is under way',
      async () => {
        const job = await handle.db
          .selectFrom('jobs')
          .select(['locked_by', 'state'])
          .where('id', '=', jobId!)
          .executeTakeFirstOrThrow();
        const imp = await handle.db
          .selectFrom('interaction_imports')
          .select(['accepted', 'state'])
          .where('id', '=', importId)
          .executeTakeFirstOrThrow();
        expect(imp.state, 'the import ended before a node could be killed: raise ROWS').not.toBe('done');
        if (job.state !== 'running' || Number(imp.accepted) === 0) return undefined;
        return nodes.find((n) => job.locked_by!.split(':')[1] === String(n.child.pid));
      },
      30_000,
      25,
    );
    const survivor = nodes.find((n) => n !== holder)!;
    holder.child.kill('SIGKILL');
    await new Promise((r) => (holder.child.exitCode === null ? holder.child.once('exit', r) : r(null)));

    const done = await until(
      `${survivor.name} finishes the import`,
      async () => {
        const r = await qa.on(survivor).get(`/api/interactions/imports/${importId}`);
        expect(r.status, r.raw).toBe(200);
        return r.body.data.state === 'done' || r.body.data.state === 'failed' ? r.body.data : undefined;
      },
      45_000,
    );
    expect(done).toMatchObject({ state: 'done', accepted: ROWS, rejected: 0, duplicates: 0 });
    const stored = await handle.db
      .selectFrom('interactions')
      .select((eb) => [
        eb.fn.countAll<string>().as('n'),
        eb.fn.count<string>('id').distinct().as('ids'),
        eb.fn.sum<string>('talk_seconds').as('talk'),
      ])
      .where('import_id', '=', importId)
      .executeTakeFirstOrThrow();
    let talkSum = 0;
    for (let i = 0; i < ROWS; i++) talkSum += talk(i);
    expect({ n: Number(stored.n), ids: Number(stored.ids), talk: Number(stored.talk) }).toEqual({
      n: ROWS,
      ids: ROWS,
      talk: talkSum,
    });
    // The job row ends a moment after the import's own row (the runner marks it once the handler
    // returns): wait for it rather than race it.
    const job = await until(
      'the import job ends',
      async () => {
        const j = await handle.db.selectFrom('jobs').selectAll().where('id', '=', jobId!).executeTakeFirstOrThrow();
        return j.state === 'running' ? undefined : j;
      },
      15_000,
    );
    // Claimed by the killed node, then the survivor (more only if a stalled event loop let a lease lapse).
    expect(job.state).toBe('done');
    expect(job.attempts).toBeGreaterThanOrEqual(2);

    // The exam sweep ran every second on both nodes' timers: one row per slot, each run once,
    // except a slot whose runner was the killed node (then taken over once by the survivor).
    const pidOf = (n: NodeProcess) => String(n.child.pid);
    const runs = await slotRuns(handle.db, SWEEP_TASK);
    // A second apart on an idle machine; on a loaded CI runner a node's timer may lag whole seconds.
    expect(runs.length).toBeGreaterThanOrEqual(3);
    const by = runs
      .filter((r) => r.state === 'done')
      .map((r) => ({ by: JSON.parse(r.progress!).by.split(':')[1] as string, attempts: r.attempts }));
    expect(by.length).toBeGreaterThanOrEqual(runs.length - 2); // at most the killed node's slot and one in flight
    for (const r of by) expect(r.attempts === 1 || (r.attempts === 2 && r.by === pidOf(survivor))).toBe(true);
    expect(by.some((r) => r.by === pidOf(survivor))).toBe(true); // the survivor went on sweeping alone
    expect(new Set(runs.map((r) => r.id)).size).toBe(runs.length);
  }, 90_000);
});
