import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { setInlineBelowBytes } from '../../../lib/worker-parse.js';
import {
  asteriskCsv,
  rollupsFromRaw,
  rollupsStored,
  upload,
  useTempImportDir,
  waitForImport,
  type AsteriskRecord,
} from '../test-kit.js';

useTempImportDir();

// Asterisk call legs (issue 16): files written in cdr_csv's documented field order (accountcode,
// src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata, start, answer, end, duration,
// billsec, disposition, amaflags, uniqueid[, userfield][, peeraccount, linkedid, sequence]) with
// a queue that rang three agents, a transfer, a forked CDR and a call nobody answered; the KPIs
// are asserted against figures worked out by hand below.
const LAYOUTS = [
  { name: 'cdr_csv with userfield (18 columns)', userfield: true, newColumns: false, day: '2026-11-20' },
  { name: 'cdr_csv without userfield (17 columns)', userfield: false, newColumns: false, day: '2026-11-21' },
  {
    name: 'cdr_csv with newcdrcolumns (21 columns: linkedid, sequence), parsed on a worker thread',
    userfield: true,
    newColumns: true,
    day: '2026-11-22',
  },
];

/** The calls of one day. Without linkedid the legs of a call share the caller's uniqueid; with
 *  it, the transfer's second leg has its own uniqueid and the call's linkedid. */
function callsOf(day: string, withLinkedid: boolean, tag: string): AsteriskRecord[] {
  const u = (n: number) => `${tag}.${n}`;
  const q = {
    dcontext: 'from-queue',
    lastapp: 'Queue',
    lastdata: 'cards,t,,,300',
    channel: 'SIP/trunk-00000001',
    src: '13800000001',
    dst: '4001',
  };
  const at = (hms: string) => `${day} ${hms}`;
  let seq = 100;
  const leg = (call: number, r: AsteriskRecord, uniqueid = u(call)): AsteriskRecord => ({
    ...q,
    ...r,
    uniqueid,
    ...(withLinkedid ? { linkedid: u(call), sequence: seq++ } : {}),
  });
  return [
    // Call 1: the queue rings 8001 (no answer), 8002 (busy) and 8003, who answers after 10 s and talks 120 s.
    leg(1, {
      dstchannel: 'SIP/8001-00000002',
      start: at('10:00:00'),
      end: at('10:00:15'),
      duration: 15,
      billsec: 0,
      disposition: 'NO ANSWER',
    }),
    leg(1, {
      dstchannel: 'SIP/8002-00000003',
      start: at('10:00:00'),
      end: at('10:00:15'),
      duration: 15,
      billsec: 0,
      disposition: 'BUSY',
    }),
    leg(1, {
      dstchannel: 'SIP/8003-00000004',
      start: at('10:00:00'),
      answer: at('10:00:10'),
      end: at('10:02:10'),
      duration: 130,
      billsec: 120,
      disposition: 'ANSWERED',
    }),
    //   and a leg that reached no phone at all: an attempt, never a rejected row.
    leg(1, {
      dstchannel: '',
      lastapp: 'Dial',
      start: at('10:00:00'),
      end: at('10:00:00'),
      duration: 0,
      billsec: 0,
      disposition: 'FAILED',
    }),
    // Call 2: 8001 answers after 5 s, talks 60 s, transfers to 8002, who talks 90 s.
    leg(2, {
      dstchannel: 'SIP/8001-00000005',
      start: at('10:05:00'),
      answer: at('10:05:05'),
      end: at('10:06:05'),
      duration: 65,
      billsec: 60,
      disposition: 'ANSWERED',
    }),
    leg(
      2,
      {
        dstchannel: 'SIP/8002-00000006',
        lastapp: 'Dial',
        start: at('10:06:05'),
        answer: at('10:06:10'),
        end: at('10:07:40'),
        duration: 95,
        billsec: 90,
        disposition: 'ANSWERED',
      },
      withLinkedid ? `${u(2)}1` : u(2),
    ),
    // Call 3: 8002 answers after 10 s; ForkCDR splits the conversation into 30 s + 50 s.
    leg(3, {
      dstchannel: 'SIP/8002-00000007',
      start: at('10:10:00'),
      answer: at('10:10:10'),
      end: at('10:10:40'),
      duration: 40,
      billsec: 30,
      disposition: 'ANSWERED',
    }),
    leg(3, {
      dstchannel: 'SIP/8002-00000007',
      start: at('10:10:40'),
      answer: at('10:10:40'),
      end: at('10:11:30'),
      duration: 50,
      billsec: 50,
      disposition: 'ANSWERED',
    }),
    // Call 4: the queue rings 8001 and 8003; the caller hangs up after 25 s. Offered, not handled.
    leg(4, {
      dstchannel: 'SIP/8001-00000008',
      start: at('10:20:00'),
      end: at('10:20:25'),
      duration: 25,
      billsec: 0,
      disposition: 'NO ANSWER',
    }),
    leg(4, {
      dstchannel: 'SIP/8003-00000009',
      start: at('10:20:00'),
      end: at('10:20:25'),
      duration: 25,
      billsec: 0,
      disposition: 'NO ANSWER',
    }),
    // Call 5: one leg; 8003 answers after 25 s (outside the 20 s service level), talks 20 s.
    leg(5, {
      dstchannel: 'SIP/8003-0000000a',
      start: at('11:00:00'),
      answer: at('11:00:25'),
      end: at('11:00:45'),
      duration: 45,
      billsec: 20,
      disposition: 'ANSWERED',
    }),
  ];
}

// Worked out by hand from the file (service level threshold 20 s; wait = duration − billsec of
// the call's own leg):
//   8001: call 2 (answered, 60 s, waited 5 s) and call 4 (unanswered, waited 25 s); call 1 only rang.
//         offered 2, handled 1, talk 60, AHT 60, service level 1 of 2.
//   8002: call 2 as the transfer (90 s, no second wait) and call 3 (30 + 50 s, waited 10 s); call 1 only rang.
//         offered 2, handled 2, talk 170, AHT 85, service level 1 of 1.
//   8003: call 1 (120 s, waited 10 s) and call 5 (20 s, waited 25 s); call 4 only rang.
//         offered 2, handled 2, talk 140, AHT 70, service level 1 of 2.
//   File: 5 calls, 11 legs, 1 transfer, 4 attempts (call 1: 8001, 8002, the failed leg; call 4: 8003).
const EXPECTED = [
  { offered: 2, handled: 1, talkSeconds: 60, ahtSeconds: 60, slWithin: 1, slOffered: 2, serviceLevel: 0.5 },
  { offered: 2, handled: 2, talkSeconds: 170, ahtSeconds: 85, slWithin: 1, slOffered: 1, serviceLevel: 1 },
  { offered: 2, handled: 2, talkSeconds: 140, ahtSeconds: 70, slWithin: 1, slOffered: 2, serviceLevel: 0.5 },
];

describe.each(DIALECTS)('Asterisk call legs on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let qa: Client;
  let admin: Client; // reads the KPIs
  let agents: string[]; // employee ids behind extensions 8001, 8002, 8003

  beforeAll(async () => {
    qa = await env.as('qa');
    admin = await env.as('admin');
    const rows = await env.handle.db
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select(['e.id', 'e.employee_no'])
      .where('t.code', '=', 'CS1-1')
      .orderBy('e.employee_no')
      .limit(3)
      .execute();
    agents = rows.map((r) => r.id);
    for (const [i, r] of rows.entries()) {
      expect(
        (await admin.post('/api/interactions/agent-aliases', { alias: `800${i + 1}`, employeeNo: r.employee_no }))
          .status,
      ).toBe(200);
    }
  });
  let was: number;
  afterAll(() => {
    if (was !== undefined) setInlineBelowBytes(was);
  });

  it.each(LAYOUTS)('imports $name: each answered leg for its agent, unanswered legs as attempts', async (layout) => {
    if (layout.newColumns) was = setInlineBelowBytes(0);
    const tag = `17636${layout.day.slice(-2)}00`;
    const csv = asteriskCsv(callsOf(layout.day, layout.newColumns, tag), layout);
    const done = await waitForImport(qa, (await upload(qa, csv, 'asterisk', 'Master.csv')).body.data.id);
    expect(done).toMatchObject({
      state: 'done',
      rowsRead: 11,
      accepted: 11,
      rejected: 0,
      duplicates: 0,
      calls: 5,
      legs: 11,
      transfers: 1,
      attempts: 4,
    });

    for (const [i, want] of EXPECTED.entries()) {
      const res = await admin.get(`/api/kpis/agents/${agents[i]}/daily?from=${layout.day}&to=${layout.day}`);
      expect(res.body.data.total, `agent 800${i + 1}`).toMatchObject(want);
    }
    expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db));

    // The leg is the key: the queue's legs of call 1 are numbered by row order (or keyed by sequence).
    const keys = await env.handle.db
      .selectFrom('interactions')
      .select(['id', 'leg', 'call_id'])
      .where('day', '=', layout.day)
      .orderBy('started_at')
      .orderBy('id')
      .execute();
    expect(
      keys
        .filter((k) => k.call_id === `${tag}.1`)
        .map((k) => k.leg)
        .sort(),
    ).toEqual(['attempt', 'attempt', 'attempt', 'call']);
    if (!layout.newColumns)
      expect(
        keys
          .filter((k) => k.call_id === `${tag}.1`)
          .map((k) => k.id)
          .sort(),
      ).toEqual([`${tag}.1`, `${tag}.1#2`, `${tag}.1#3`, `${tag}.1#4`]);
    else expect(keys.find((k) => k.leg === 'transfer')).toMatchObject({ id: `${tag}.21/105`, call_id: `${tag}.2` });

    // Importing the same file again adds nothing.
    const again = await waitForImport(qa, (await upload(qa, csv, 'asterisk', 'Master.csv')).body.data.id);
    expect(again).toMatchObject({ state: 'done', accepted: 0, rejected: 0, duplicates: 11, calls: 5, legs: 11 });
    const res = await admin.get(`/api/kpis/agents/${agents[1]}/daily?from=${layout.day}&to=${layout.day}`);
    expect(res.body.data.total).toMatchObject(EXPECTED[1]);
  });

  it('takes a file with a few malformed rows, rejecting only those rows', async () => {
    const good = callsOf('2026-11-23', false, '1763623000');
    const csv = `"only","three","columns"\n${asteriskCsv(good.slice(0, 3))}"x","y"\n${asteriskCsv(good.slice(3))}`;
    const done = await waitForImport(qa, (await upload(qa, csv, 'asterisk', 'Master.csv')).body.data.id);
    expect(done).toMatchObject({ state: 'done', accepted: 11, rejected: 2 });
    const rejects = await qa.get(`/api/interactions/imports/${done.id}/rejects`);
    expect(rejects.body.data.map((r: { line: number; code: string }) => [r.line, r.code])).toEqual([
      [1, 'WRONG_COLUMN_COUNT'],
      [5, 'WRONG_COLUMN_COUNT'],
    ]);
  });

  it('refuses a file as not cdr_csv only when most rows do not fit, naming the columns', async () => {
    const good = asteriskCsv(callsOf('2026-11-24', false, '1763624000').slice(0, 2));
    const bad = Array.from(
      { length: 3 },
      (_, i) => `"a","b","c","d","e","f","g","h","i","yesterday","","","long","0","HUNG UP","","u${i}","x"`,
    ).join('\n');
    const res = await upload(qa, `${good}${bad}\n`, 'asterisk', 'Master.csv');
    expect([res.status, res.body.errorCode]).toEqual([400, 'CDR_ROWS_DO_NOT_FIT']);
    expect(res.body.errorMessage).toContain('only 2 of the first 5 records fit');
    expect(res.body.errorMessage).toMatch(
      /start \(column 10\): 3 of 5.*duration \(column 13\): 3 of 5.*disposition \(column 15\): 3 of 5/,
    );
    expect(res.body.params).toMatchObject({ fitting: 2, sampled: 5 });
  });
});
