// Uploads never stall other users (issue 16). Run: `npm run bench:uploads`
// (= npx tsx scripts/bench/uploads.ts). See scripts/bench/README.md.
//
// Starts Seatwise from its sources (tsx) on a fresh SQLite database with the demo data, then:
//   1. baseline: BENCH_CLIENTS (32) clients read pages (the people list, the imports list), each
//      waiting BENCH_THINK_MS (200) between pages, for BENCH_BASELINE seconds with nothing else running;
//   2. the same clients read the same pages while a BENCH_GIFT_MB (20) MB GIFT question bank (every
//      type the importer reads, categories, feedback) is uploaded, previewed and committed;
//   3. the same again while a BENCH_ROWS (1,000,000) row Asterisk cdr_csv file (queue legs,
//      transfers, forks; ~200 MB) is uploaded and imported, until the import is done (0: skipped);
//   4. the same again while BENCH_ROSTERS roster previews of a 5,000-row workbook run one after another.
// Prints p50 / p99 / max of the readers' requests in each phase. Aim: p99 < 200 ms and no request
// over 1 s while an upload runs. With BENCH_DATABASE_URL=postgres://… the server runs on PostgreSQL.
// Exit 1 when a read did not answer 200 or the import failed; never on a time.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { freePort, ROOT, signIn } from '../../e2e/support/server.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const BASELINE_S = Number(process.env.BENCH_BASELINE ?? 15);
const ROSTERS = Number(process.env.BENCH_ROSTERS ?? 4);
const GIFT_MB = Number(process.env.BENCH_GIFT_MB ?? 20);
// A person reads a page, then looks at it: each client waits this long between its requests.
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 200);
const PAGES = ['/api/employees?pageSize=20', '/api/interactions/imports?pageSize=10'];
const dir = mkdtempSync(join(tmpdir(), 'seatwise-bench-uploads-'));
const log = (s = '') => process.stdout.write(`${s}\n`);
const fmt = (n: number) => n.toLocaleString('en-US');
let failures = 0;

async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'bench.db')}`,
      SEATWISE_IMPORT_DIR: join(dir, 'imports'),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  process.on('exit', () => child.kill('SIGKILL'));
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600 && !exited; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, child };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

/** A Master.csv as cdr_csv writes it (18 columns): mostly one-leg calls, every 10th call a queue
 *  that rang three agents, every 25th a transfer, every 50th a forked CDR. */
async function asteriskFile(path: string, agents: string[]) {
  const out = createWriteStream(path);
  let buf = '';
  let call = 0;
  let rows = 0;
  const day0 = Date.UTC(2026, 10, 2, 0, 0, 0); // 2 Nov 2026, center-local
  const t = (s: number) => new Date(day0 + s * 1000).toISOString().slice(0, 19).replace('T', ' ');
  const row = (u: string, agent: string, start: number, dur: number, bill: number, disp: string) => {
    rows++;
    return `"","1380000${String(call % 10000).padStart(4, '0')}","4001","from-queue","""Caller"" <1380000>","SIP/trunk-${u}","SIP/${agent}-${u}","Queue","cards,t","${t(start)}","${bill ? t(start + dur - bill) : ''}","${t(start + dur)}",${dur},${bill},"${disp}","DOCUMENTATION","${u}","${agent}"\n`;
  };
  while (rows < ROWS) {
    call++;
    const u = `1762000000.${call}`;
    const start = (call * 7) % (30 * 86_400);
    const a = agents[call % agents.length];
    const b = agents[(call + 1) % agents.length];
    if (call % 10 === 0) {
      buf +=
        row(u, b, start, 15, 0, 'NO ANSWER') +
        row(u, agents[(call + 2) % agents.length], start, 15, 0, 'BUSY') +
        row(u, a, start, 140, 120, 'ANSWERED');
    } else if (call % 25 === 0) buf += row(u, a, start, 70, 60, 'ANSWERED') + row(u, b, start + 70, 95, 90, 'ANSWERED');
    else if (call % 50 === 1) buf += row(u, a, start, 40, 30, 'ANSWERED') + row(u, a, start + 40, 50, 50, 'ANSWERED');
    else buf += row(u, a, start, 30 + (call % 300), 20 + (call % 280), call % 17 ? 'ANSWERED' : 'NO ANSWER');
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  return rows;
}

async function rosterFile() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow([
    '工号',
    '姓名',
    '性别',
    '入职日期',
    '部门',
    '班组',
    '状态',
    '直属上级工号',
    '岗位',
    '手机',
    '邮箱',
    '业务技能',
  ]);
  for (let i = 0; i < 5000; i++) {
    ws.addRow([
      `RB${String(i).padStart(5, '0')}`,
      `压测${i}`,
      i % 2 ? '女' : '男',
      '2025-06-02',
      '客户服务一处',
      '零售业务一组',
      '培训期',
      '',
      '坐席',
      '13800000000',
      `rb${i}@example.com`,
      '信用卡;储蓄业务',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A GIFT bank of about `mb` MB as Moodle writes it: a category every 200 questions, then single
 *  and multiple choice with feedback, true/false, short answer, matching and numerical in turn. */
function giftFile(mb: number) {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1048576 - 2048; i++) {
    let q = i % 200 === 0 ? `$CATEGORY: $course$/top/压测/分类${Math.floor(i / 200)}\n\n` : '';
    const title = `::压测题${i}::`;
    switch (i % 6) {
      case 0:
        q += `${title}[html]<p>信用卡第 ${i} 号业务的办理渠道是？</p>{\n  =手机银行#正确\n  ~柜台#需预约\n  ~%50%电话银行#部分正确\n  ####第 ${i} 题的解析：手机银行随时可办。\n}`;
        break;
      case 1:
        q += `${title}投诉处理第 ${i} 步应当：{\n  ~%50%倾听客户诉求\n  ~%50%真诚致歉\n  ~%-100%打断客户\n}`;
        break;
      case 2:
        q += `${title}第 ${i} 题：可以在电话中向第三方透露客户的账户余额。{F#不可以####保密是基本要求}`;
        break;
      case 3:
        q += `${title}本行第 ${i} 号热线号码是？{=95555 =955-55 =%50%9555*}`;
        break;
      case 4:
        q += `${title}将业务与渠道配对（${i}）。{\n  =信用卡 -> 95555\n  =理财 -> 柜台\n  =贷款 -> 客户经理\n}`;
        break;
      default:
        q += `${title}第 ${i} 题：一年有几个季度？{#4:0}`;
    }
    q += '\n\n';
    parts.push(q);
    bytes += Buffer.byteLength(q);
  }
  return { text: parts.join(''), questions: parts.length };
}

interface Phase {
  name: string;
  latencies: number[];
  errors: number;
}

/** CLIENTS readers, each reading the pages one after another, until `until` resolves. */
async function readers(base: string, cookie: string, until: Promise<unknown>, name: string): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  let done = false;
  void until.finally(() => {
    done = true;
  });
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; !done; i++) {
        const t0 = performance.now();
        const res = await fetch(`${base}${PAGES[i % PAGES.length]}`, { headers: { cookie } });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status !== 200) errors++;
        if (THINK_MS > 0) await new Promise((r) => setTimeout(r, THINK_MS));
      }
    }),
  );
  return { name, latencies, errors };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
function report(p: Phase, seconds: number) {
  const s = [...p.latencies].sort((a, b) => a - b);
  const over1s = s.filter((v) => v > 1000).length;
  log(
    `${p.name.padEnd(44)} ${fmt(s.length).padStart(8)} req ${(s.length / seconds).toFixed(0).padStart(6)}/s  p50 ${pct(s, 50).toFixed(1).padStart(7)} ms  p99 ${pct(s, 99).toFixed(1).padStart(7)} ms  max ${s.at(-1)!.toFixed(0).padStart(6)} ms  >1s ${over1s}  non-200 ${p.errors}`,
  );
  failures += p.errors;
}

async function main() {
  const { base, child } = await startServer();
  try {
    const hr = await signIn(base, 'hr');
    const admin = await signIn(base, 'admin');
    const trainer = await signIn(base, 'trainer');
    const emps = (await (
      await fetch(`${base}/api/employees?pageSize=100`, { headers: { cookie: hr.cookie } })
    ).json()) as { data: { employeeNo: string }[] };
    const agents = emps.data.map((e) => e.employeeNo);
    log(`${CLIENTS} readers of ${PAGES.join(', ')}, ${THINK_MS} ms between pages`);
    log();

    await readers(base, hr.cookie, new Promise((r) => setTimeout(r, 3000)), 'warm-up'); // not reported
    const base0 = performance.now();
    report(
      await readers(base, hr.cookie, new Promise((r) => setTimeout(r, BASELINE_S * 1000)), 'no upload running'),
      (performance.now() - base0) / 1000,
    );

    if (GIFT_MB > 0) {
      // Upload and preview (the file parsed and checked), then commit (the questions written), each
      // its own phase.
      const gift = giftFile(GIFT_MB);
      const mb = (Buffer.byteLength(gift.text) / 1048576).toFixed(1);
      const auth = { cookie: trainer.cookie, 'x-csrf-token': trainer.csrfToken ?? '' };
      const g0 = performance.now();
      const previewed = (async () => {
        const form = new FormData();
        form.append('file', new Blob([gift.text]), 'bench.gift');
        const res = await fetch(`${base}/api/exams/questions/imports`, { method: 'POST', body: form, headers: auth });
        // Kept as bytes until the readers stop: decoding and parsing 60 MB of JSON here would stall the
        // readers of this process, not the server's.
        const bytes = await res.arrayBuffer();
        if (res.status !== 200)
          throw new Error(`GIFT preview answered ${res.status}: ${Buffer.from(bytes).toString('utf8', 0, 300)}`);
        return bytes;
      })();
      report(
        await readers(
          base,
          hr.cookie,
          previewed.catch(() => null),
          `while previewing a ${mb} MB GIFT bank`,
        ),
        (performance.now() - g0) / 1000,
      );
      try {
        const p = (
          JSON.parse(Buffer.from(await previewed).toString('utf8')) as {
            data: { id: string; questions: unknown[]; errors: unknown[] };
          }
        ).data;
        log(
          `  ${fmt(gift.questions)} questions: preview ${((performance.now() - g0) / 1000).toFixed(1)} s, ${fmt(p.questions.length)} kept, ${fmt(p.errors.length)} errors`,
        );
        const c0 = performance.now();
        const committed = (async () => {
          const c = await fetch(`${base}/api/exams/questions/imports/${p.id}/commit`, {
            method: 'POST',
            headers: auth,
          });
          const done = (await c.json()) as { data?: { created: number }; errorMessage?: string };
          if (c.status !== 200) throw new Error(`GIFT commit answered ${c.status}: ${done.errorMessage}`);
          return done.data!.created;
        })();
        report(
          await readers(
            base,
            hr.cookie,
            committed.catch(() => null),
            `while committing ${fmt(p.questions.length)} questions`,
          ),
          (performance.now() - c0) / 1000,
        );
        log(`  commit ${((performance.now() - c0) / 1000).toFixed(1)} s, ${fmt(await committed)} created`);
      } catch (err) {
        failures++;
        log(`  GIFT import failed: ${(err as Error).message}`);
      }
    }

    if (ROWS > 0) {
      const csvPath = join(dir, 'Master.csv');
      const t0 = performance.now();
      const rows = await asteriskFile(csvPath, agents);
      log(
        `  (generated ${fmt(rows)} cdr_csv rows, ${(statSync(csvPath).size / 1048576).toFixed(0)} MB, in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
      );
      // The import: upload, then poll until done, while the readers read.
      const imp0 = performance.now();
      const importDone = (async () => {
        const form = new FormData();
        form.append('format', 'asterisk');
        // Read from disk as it is sent: a synchronous read of 250 MB here would stall this process's
        // readers and count against the server.
        form.append('file', await openAsBlob(csvPath), 'Master.csv');
        const res = await fetch(`${base}/api/interactions/imports`, {
          method: 'POST',
          body: form,
          headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken ?? '' },
        });
        const body = (await res.json()) as { data?: { id: string }; errorMessage?: string };
        if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${body.errorMessage}`);
        const uploaded = performance.now();
        for (;;) {
          await new Promise((r) => setTimeout(r, 500));
          const s = (await (
            await fetch(`${base}/api/interactions/imports/${body.data!.id}`, { headers: { cookie: admin.cookie } })
          ).json()) as { data: Record<string, number | string> };
          if (s.data.state === 'done' || s.data.state === 'failed')
            return { ...s.data, uploadS: (uploaded - imp0) / 1000 } as Record<string, number | string>;
        }
      })();
      const during = await readers(
        base,
        hr.cookie,
        importDone.catch(() => null),
        `while importing ${fmt(rows)} rows`,
      );
      const imp = await importDone;
      const seconds = (performance.now() - imp0) / 1000;
      report(during, seconds);
      log(
        `  import ${imp.state}: upload ${Number(imp.uploadS).toFixed(1)} s, total ${seconds.toFixed(1)} s (${fmt(Math.round(rows / seconds))} rows/s); accepted ${fmt(Number(imp.accepted))}, rejected ${fmt(Number(imp.rejected))}; ` +
          `calls ${fmt(Number(imp.calls))}, legs ${fmt(Number(imp.legs))}, transfers ${fmt(Number(imp.transfers))}, attempts ${fmt(Number(imp.attempts))}`,
      );
      if (imp.state !== 'done') failures++;
    }

    if (ROSTERS > 0) {
      const roster = await rosterFile();
      const r0 = performance.now();
      const previews = (async () => {
        for (let i = 0; i < ROSTERS; i++) {
          const form = new FormData();
          form.append('file', new Blob([roster]), 'roster.xlsx');
          const res = await fetch(`${base}/api/roster/imports`, {
            method: 'POST',
            body: form,
            headers: { cookie: hr.cookie, 'x-csrf-token': hr.csrfToken ?? '' },
          });
          await res.arrayBuffer();
          if (res.status !== 200) {
            failures++;
            log(`  roster preview answered ${res.status}`);
          }
        }
      })();
      const phase = await readers(base, hr.cookie, previews, `while previewing ${ROSTERS} rosters of 5,000 rows`);
      report(phase, (performance.now() - r0) / 1000);
      log(
        `  roster workbook ${(roster.length / 1024).toFixed(0)} KB; ${((performance.now() - r0) / 1000 / ROSTERS).toFixed(1)} s per preview`,
      );
    }
    log();
    log('Aim while an upload runs: p99 < 200 ms, no request over 1 s.');
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit').catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failures ? 1 : 0);
}

await main();
