import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../db/connect.js';
import type { InteractionAgentDailyTable, InteractionCenterDailyTable } from '../../db/schema-interactions.js';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import type { Client, TestEnv } from '../../test/harness.js';
import { ASTERISK_COLUMNS, ASTERISK_NEW_COLUMNS, FIELDS, type FieldKey } from './imports/import.fields.js';

// Helpers for the interactions tests: files in each format, multipart uploads, waiting for an
// import to finish, and the rollups recomputed from raw interactions to compare against.

/** Uploaded files go to a temp folder, not ./data/imports. */
export function useTempImportDir() {
  process.env.SEATWISE_IMPORT_DIR = mkdtempSync(join(tmpdir(), 'seatwise-imports-'));
  return process.env.SEATWISE_IMPORT_DIR;
}

export function multipart(
  file: { name: string; content: string | Buffer; type?: string },
  fields: Record<string, string> = {},
) {
  const boundary = `----seatwise${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/csv'}\r\n\r\n`,
    ),
  );
  parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const upload = (client: Client, content: string | Buffer, format: string, name = 'calls.csv') =>
  client.raw({ method: 'POST', url: '/api/interactions/imports', ...multipart({ name, content }, { format }) });

export async function waitForImport(client: Client, id: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs; // machine time: how long a test waits
  for (;;) {
    const res = await client.get(`/api/interactions/imports/${id}`);
    if (res.status !== 200) throw new Error(`import ${id}: ${res.status} ${res.raw}`);
    if (res.body.data.state === 'done' || res.body.data.state === 'failed') return res.body.data;
    if (Date.now() /* machine time */ > until) throw new Error(`import ${id} still ${res.body.data.state}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A template CSV with the Chinese headers of the given fields (all fields by default). */
export function templateCsv(
  rows: Partial<Record<FieldKey, string | number>>[],
  keys: FieldKey[] = FIELDS.map((f) => f.key),
  english = false,
) {
  const head = keys
    .map((k) => {
      const f = FIELDS.find((x) => x.key === k)!;
      return english ? f.en : f.zh;
    })
    .join(',');
  return [head, ...rows.map((r) => keys.map((k) => csvCell(String(r[k] ?? ''))).join(','))].join('\n') + '\n';
}

type AsteriskColumn = (typeof ASTERISK_COLUMNS)[number] | (typeof ASTERISK_NEW_COLUMNS)[number];
export type AsteriskRecord = Partial<Record<AsteriskColumn, string | number>>;
const BARE = new Set<string>(['duration', 'billsec', 'sequence']);

/** A Master.csv as Asterisk's cdr_csv writes it: no header, text fields quoted, numbers bare.
 *  loguserfield=no drops userfield; newcdrcolumns=yes appends peeraccount, linkedid, sequence. */
export function asteriskCsv(records: AsteriskRecord[], o: { userfield?: boolean; newColumns?: boolean } = {}) {
  const columns: AsteriskColumn[] = [
    ...ASTERISK_COLUMNS.filter((c) => c !== 'userfield' || o.userfield !== false),
    ...(o.newColumns ? ASTERISK_NEW_COLUMNS : []),
  ];
  return (
    records
      .map((r) =>
        columns
          .map((c) => {
            const v = r[c] ?? (c === 'amaflags' ? 'DOCUMENTATION' : BARE.has(c) ? 0 : '');
            return BARE.has(c) ? String(v) : `"${String(v).replace(/"/g, '""')}"`;
          })
          .join(','),
      )
      .join('\n') + '\n'
  );
}

/** The rollups as they should be, recomputed from the raw interactions (SL threshold given): the
 *  rows of interaction_daily, interaction_agent_daily (marked "agent") and interaction_center_daily ("center"). */
export async function rollupsFromRaw(db: Db, slSeconds = 20) {
  const rows = await db.selectFrom('interactions').selectAll().execute();
  const fine = new Map<string, number[]>();
  const agent = new Map<string, number[]>();
  const center = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, k: string, r: (typeof rows)[number]) => {
    const a = m.get(k) ?? Array(11).fill(0);
    m.set(k, a);
    // Call legs (import.legs.ts): an attempt counts nothing, a fork's segment its talk only, a
    // transfer is no second wait for the service level.
    if (r.leg === 'attempt') return;
    if (r.leg === 'segment') {
      a[2] += r.talk_seconds;
      return;
    }
    a[0]++;
    if (r.answered) {
      a[1]++;
      a[2] += r.talk_seconds;
      a[3] += r.hold_seconds;
      a[4] += r.wrap_seconds;
      if (r.fcr !== null) {
        a[6]++;
        a[5] += r.fcr;
      }
      if (r.csat !== null) {
        a[7] += r.csat;
        a[8]++;
      }
    }
    if (r.direction === 'in' && r.queue_wait_seconds !== null && r.leg !== 'transfer') {
      a[10]++;
      if (r.answered && r.queue_wait_seconds <= slSeconds) a[9]++;
    }
    m.set(k, a);
  };
  for (const r of rows) {
    add(fine, [r.agent_id, r.day, r.business_type, r.channel].join('|'), r);
    add(agent, ['agent', r.agent_id, r.day].join('|'), r);
    add(center, ['center', r.day, r.business_type, r.channel].join('|'), r);
  }
  return [...fine, ...agent, ...center].map(([k, a]) => `${k}|${a.join(',')}`).sort();
}

export async function rollupsStored(db: Db) {
  const counters = (r: InteractionCenterDailyTable | InteractionAgentDailyTable) =>
    [
      r.offered,
      r.handled,
      r.talk_sum,
      r.hold_sum,
      r.wrap_sum,
      r.fcr_yes,
      r.fcr_known,
      r.csat_sum,
      r.csat_count,
      r.sl_within,
      r.sl_offered,
    ]
      .map(Number)
      .join(',');
  const fine = await db.selectFrom('interaction_daily').selectAll().execute();
  const agent = await db.selectFrom('interaction_agent_daily').selectAll().execute();
  const center = await db.selectFrom('interaction_center_daily').selectAll().execute();
  return [
    ...fine.map((r) => `${[r.agent_id, r.day, r.business_type, r.channel].join('|')}|${counters(r)}`),
    ...agent.map((r) => `${['agent', r.agent_id, r.day].join('|')}|${counters(r)}`),
    ...center.map((r) => `${['center', r.day, r.business_type, r.channel].join('|')}|${counters(r)}`),
  ].sort();
}

/** A binary download (the harness client decodes bodies as text). */
export async function download(env: TestEnv, username: string, url: string) {
  const login = await env.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0];
  const res = await env.app.inject({ method: 'GET', url, headers: { cookie } });
  return { status: res.statusCode, type: String(res.headers['content-type']), body: res.rawPayload };
}
