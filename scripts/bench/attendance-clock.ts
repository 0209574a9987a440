// Clock benchmark (issue 19): a month of punches of a 500-agent center — 500 agents × 31 days ×
// 4 punches (in, out to lunch, back, out) = 62,000 rows — imported through the real HTTP path
// (POST /api/attendance/clock/import/preview, then /import: parse, employee lookup, checks, the
// insert and the re-matching of 15,500 scheduled days) on a fresh SQLite database. Aim: < 5 s for
// the import with its matching. Also the same file again (adds nothing) and the month of days read
// back. Prints figures; never fails on a time.
//
// Alone: `npx tsx scripts/bench/attendance-clock.ts`. scripts/bench/attendance.ts calls benchClock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../src/server/app.js';
import { connect } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { addDays, nowIso, setClock } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import { hashPassword } from '../../src/server/lib/passwords.js';
import { benchTeam, employeeRow, fmt, insertEmployees, insertUser, loadLine } from './setup.js';

const AGENTS = 500;
const DAYS = 31;
const FIRST = '2027-03-01';
const OFFSET_MS = 8 * 3_600_000; // China time, the default center.utcOffsetMinutes
const PASSWORD = 'Bench-2026-clock';

type Log = (s?: string) => void;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const cpu = () => process.cpuUsage();
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** Center wall-clock minutes after midnight of `day` → ISO UTC. */
const instant = (day: string, minutes: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS + minutes * 60_000).toISOString();
const local = (iso: string) => new Date(Date.parse(iso) + OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');

function multipart(fileName: string, content: Buffer) {
  const boundary = `----seatwisebench${newId()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function benchClock({ dir, log }: { dir: string; log: Log }) {
  setClock('2027-04-10T02:00:00Z'); // after the month: every day is final, none pending
  const handle = connect(`sqlite:${join(dir, 'clock-bench.db')}`);
  await migrateToLatest(handle);
  const db = handle.db;
  const at = nowIso();
  const teamId = await benchTeam(db, at);
  const agents = Array.from({ length: AGENTS }, (_, i) => ({ id: newId(), no: `C${String(i + 1).padStart(5, '0')}` }));
  await insertEmployees(
    db,
    agents.map((a, i) => employeeRow({ id: a.id, employee_no: a.no, name: `坐席${i + 1}`, team_id: teamId }, at)),
  );
  await insertUser(
    db,
    {
      id: newId(),
      username: 'clockbench',
      displayName: '压测',
      role: 'hr',
      passwordHash: await hashPassword(PASSWORD),
    },
    at,
  );

  // A published month: a day shift 09:00–18:00 for four agents in five, a night shift 22:00–06:00
  // for the fifth, each with one rest day a week (so 4–5 rest days a month).
  const rosterId = newId();
  await db
    .insertInto('attendance_rosters')
    .values({
      id: rosterId,
      team_id: teamId,
      period_start: FIRST,
      period_end: addDays(FIRST, DAYS - 1),
      status: 'published',
      published_at: at,
      published_by: null,
      version: 1,
      created_by: 'bench',
      created_at: at,
      updated_at: at,
    })
    .execute();
  const shifts = new Map<string, { start: number; end: number } | null>();
  const entries = [];
  for (const [i, a] of agents.entries()) {
    const night = i % 5 === 4;
    for (let d = 0; d < DAYS; d++) {
      const day = addDays(FIRST, d);
      const rest = (d + i) % 7 === 0;
      const shift = rest ? null : night ? { start: 22 * 60, end: 30 * 60 } : { start: 9 * 60, end: 18 * 60 };
      shifts.set(`${a.id}|${day}`, shift);
      entries.push({
        employee_id: a.id,
        day,
        roster_id: rosterId,
        shift_id: shift ? (night ? 'N' : 'D') : null,
        starts_at: shift ? instant(day, shift.start) : null,
        ends_at: shift ? instant(day, shift.end) : null,
        work_minutes: shift ? 480 : 0,
        updated_at: at,
        updated_by: null,
      });
    }
  }
  for (let i = 0; i < entries.length; i += 1000)
    await db
      .insertInto('attendance_schedule')
      .values(entries.slice(i, i + 1000))
      .execute();

  // 4 punches a day for everyone, rest days included (a clock records whoever passes): mostly on
  // time, every 9th day 12 minutes late, every 23rd 45 minutes late (a half-day absence).
  const lines = ['工号,打卡时间,设备'];
  for (const [i, a] of agents.entries())
    for (let d = 0; d < DAYS; d++) {
      const day = addDays(FIRST, d);
      const s = shifts.get(`${a.id}|${day}`) ?? { start: 9 * 60, end: 18 * 60 };
      const late = (d * 7 + i) % 23 === 0 ? 45 : (d + i) % 9 === 0 ? 12 : -((i + d) % 10) - 1;
      const mid = s.start + (s.end - s.start) / 2;
      for (const m of [s.start + late, mid - 30 + (i % 5), mid + 25 + (i % 5), s.end + ((i * 3 + d) % 15)])
        lines.push(`${a.no},${local(instant(day, m))},门禁${(i % 8) + 1}`);
    }
  const csv = Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');

  const app = await buildApp({
    config: { logLevel: 'silent', secureCookies: false, trustedOrigins: [] },
    handle,
    serveWeb: false,
  });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'clockbench', password: PASSWORD },
  });
  const cookie = String([login.headers['set-cookie']].flat()[0] ?? '').split(';')[0];
  const csrf = login.json().data.csrfToken as string;
  const send = async (url: string) => {
    const body = multipart('march.csv', csv);
    const t = performance.now();
    const c = cpu();
    const res = await app.inject({
      method: 'POST',
      url,
      payload: body.payload,
      headers: { ...body.headers, cookie, 'x-csrf-token': csrf },
    });
    return { res, wall: performance.now() - t, cpu: cpuMs(c) };
  };

  log(
    `  ${fmt(lines.length - 1)} punch rows (${(csv.length / 1e6).toFixed(1)} MB CSV), ${fmt(entries.length)} scheduled days`,
  );
  const preview = await send('/api/attendance/clock/import/preview');
  log(
    `  preview (parse + check, nothing written): ${ms(preview.wall)} wall, ${ms(preview.cpu)} CPU — status ${preview.res.statusCode}`,
  );
  const first = await send('/api/attendance/clock/import');
  const data = first.res.json().data ?? first.res.json();
  log(
    `  import + matching (aim < 5 s): ${ms(first.wall)} wall, ${ms(first.cpu)} CPU — ${JSON.stringify(data).slice(0, 120)}`,
  );
  const again = await send('/api/attendance/clock/import');
  log(`  the same file again (adds nothing): ${ms(again.wall)} wall — ${JSON.stringify(again.res.json().data)}`);
  const counts = await db
    .selectFrom('attendance_days')
    .select(['outcome', db.fn.countAll<number>().as('n')])
    .groupBy('outcome')
    .execute();
  log(`  matched days: ${counts.map((c) => `${c.outcome} ${fmt(Number(c.n))}`).join(', ')}`);
  await app.close();
  setClock();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-bench-clock-'));
  const log: Log = (s = '') => process.stdout.write(`${s}\n`);
  log('Clock benchmark (issue 19): import + matching, 500 agents × 31 days × 4 punches');
  log(loadLine());
  benchClock({ dir, log })
    .catch((err) => log(`bench failed: ${err instanceof Error ? err.stack : String(err)}`))
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}
