import { describe, expect, it } from 'vitest';
import { gbk } from '../../../test/gbk.js';
import { DIALECTS } from '../../../test/harness.js';
import { asteriskCsv, templateCsv, upload, waitForImport } from '../test-kit.js';
import { useImportsEnv } from './imports.testkit.js';

// Imports through the HTTP API in each format, with the background worker the app runs.
describe.each(DIALECTS)('interaction imports: Asterisk, mappings, encodings on $name', (dialect) => {
  const t = useImportsEnv(dialect);

  it('imports an Asterisk Master.csv written from the cdr_csv field list', async () => {
    const admin = await t.env.as('admin');
    expect((await admin.post('/api/interactions/agent-aliases', { alias: '8001', employeeNo: t.nos[0] })).status).toBe(
      200,
    );
    expect(
      (await admin.post('/api/interactions/agent-aliases', { alias: 'ACC-77', employeeNo: t.nos[1] })).status,
    ).toBe(200);
    expect(
      (await admin.post('/api/interactions/agent-aliases', { alias: '8001', employeeNo: t.nos[2] })).body.errorCode,
    ).toBe('DUPLICATE_ALIAS');
    const base = {
      dcontext: 'from-queue',
      lastapp: 'Queue',
      lastdata: 'creditcard,t,,,300',
      amaflags: 'DOCUMENTATION',
    };
    const csv = asteriskCsv([
      // answered inbound call to SIP/8001: waited 12 s, talked 200 s
      {
        ...base,
        src: '13800000001',
        dst: '4001',
        channel: 'SIP/trunk-00000001',
        dstchannel: 'SIP/8001-00000002',
        start: '2026-11-12 10:00:00',
        answer: '2026-11-12 10:00:12',
        end: '2026-11-12 10:03:32',
        duration: 212,
        billsec: 200,
        disposition: 'ANSWERED',
        uniqueid: '1762912800.1',
      },
      // outbound from the agent's phone
      {
        src: '8001',
        dst: '13900000002',
        dcontext: 'from-internal',
        channel: 'PJSIP/8001-0000000a',
        dstchannel: 'PJSIP/trunk-0000000b',
        lastapp: 'Dial',
        lastdata: 'PJSIP/trunk',
        start: '2026-11-12 11:00:00',
        answer: '2026-11-12 11:00:20',
        end: '2026-11-12 11:01:20',
        duration: 80,
        billsec: 60,
        disposition: 'ANSWERED',
        uniqueid: '1762916400.2',
      },
      // unanswered inbound, agent named by accountcode
      {
        ...base,
        accountcode: 'ACC-77',
        src: '13800000003',
        channel: 'SIP/trunk-00000003',
        dstchannel: 'SIP/8099-00000004',
        start: '2026-11-12 12:00:00',
        end: '2026-11-12 12:00:45',
        duration: 45,
        billsec: 0,
        disposition: 'NO ANSWER',
        uniqueid: '1762920000.3',
      },
      // nobody we know
      {
        ...base,
        channel: 'SIP/trunk-5',
        dstchannel: 'SIP/8555-6',
        start: '2026-11-12 12:05:00',
        duration: 10,
        billsec: 5,
        disposition: 'ANSWERED',
        uniqueid: '1762920300.4',
      },
      {
        ...base,
        dstchannel: 'SIP/8001-7',
        start: '2026-11-12 12:06:00',
        duration: 10,
        billsec: 5,
        disposition: 'HUNG',
        uniqueid: '1762920360.5',
      },
    ]);
    const done = await waitForImport(t.qa, (await upload(t.qa, csv, 'asterisk', 'Master.csv')).body.data.id);
    expect(done).toMatchObject({ state: 'done', accepted: 3, rejected: 2 });
    const rows = await t.env.handle.db
      .selectFrom('interactions')
      .selectAll()
      .where('id', 'in', ['1762912800.1', '1762916400.2', '1762920000.3'])
      .orderBy('id')
      .execute();
    expect(
      rows.map((r) => [
        r.agent_id,
        r.direction,
        r.answered,
        r.talk_seconds,
        r.queue_wait_seconds,
        r.business_type,
        r.channel,
        r.started_at,
      ]),
    ).toEqual([
      [t.ids[t.nos[0]], 'in', 1, 200, 12, 'creditcard', 'voice', '2026-11-12T02:00:00.000Z'],
      [t.ids[t.nos[0]], 'out', 1, 60, null, 'from-internal', 'voice', '2026-11-12T03:00:00.000Z'],
      [t.ids[t.nos[1]], 'in', 0, 0, 45, 'creditcard', 'voice', '2026-11-12T04:00:00.000Z'],
    ]);
    const rejects = await t.qa.get(`/api/interactions/imports/${done.id}/rejects`);
    expect(rejects.body.data.map((r: any) => [r.line, r.code])).toEqual([
      [4, 'UNKNOWN_AGENT'],
      [5, 'BAD_DISPOSITION'],
    ]);
  });

  it('imports any CSV through a saved column mapping', async () => {
    const mapping = {
      name: 'crm-export',
      description: 'CRM tickets',
      mapping: {
        hasHeader: true,
        delimiter: ';',
        columns: {
          interactionId: 'Ticket',
          agent: 'Owner',
          startedAt: 'Opened',
          wrapSeconds: 'Work (s)',
          csat: 'Rating',
        },
        defaults: { channel: 'ticket', businessType: '投诉处理' },
      },
    };
    expect((await t.qa.post('/api/interactions/mappings', mapping)).body.data).toEqual({
      name: 'crm-export',
      created: true,
    });
    expect((await t.qa.get('/api/interactions/mappings')).body.data[0]).toMatchObject({
      name: 'crm-export',
      mapping: { delimiter: ';' },
    });
    const csv = `Ticket;Owner;Opened;Work (s);Rating\nTK-1;${t.nos[0]};2026-11-13T09:00:00+08:00;600;5\nTK-2;${t.nos[1]};2026-11-13T01:30:00Z;300;\n`;
    const done = await waitForImport(t.qa, (await upload(t.qa, csv, 'mapping:crm-export')).body.data.id);
    expect(done).toMatchObject({ state: 'done', format: 'mapping', mappingName: 'crm-export', accepted: 2 });
    const tk = await t.env.handle.db
      .selectFrom('interactions')
      .selectAll()
      .where('id', '=', 'TK-1')
      .executeTakeFirstOrThrow();
    expect(tk).toMatchObject({
      channel: 'ticket',
      business_type: '投诉处理',
      wrap_seconds: 600,
      csat: 5,
      started_at: '2026-11-13T01:00:00.000Z',
    });
    const missing = await upload(t.qa, 'Ticket;Owner\nTK-9;E1\n', 'mapping:crm-export');
    expect(missing.status).toBe(400);
    expect(missing.body.errorCode).toBe('MISSING_COLUMNS');
    expect((await upload(t.qa, csv, 'mapping:nope')).body.errorCode).toBe('UNKNOWN_MAPPING');
  });

  it('takes a CSV saved as GBK (Excel on Chinese Windows) or UTF-16, converting it to UTF-8 on arrival', async () => {
    const csv = templateCsv([
      t.good(51, { businessType: '投诉处理', queue: '投诉专线' }),
      t.good(52, { direction: '呼出' }),
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(templateCsv([t.good(53)]), 'utf16le')]);
    for (const file of [gbk(csv), utf16]) {
      const res = await upload(t.qa, file, 'template');
      expect(res.status).toBe(202);
      expect(await waitForImport(t.qa, res.body.data.id)).toMatchObject({ state: 'done', rejected: 0 });
    }
    const rows = await t.env.handle.db
      .selectFrom('interactions')
      .select(['id', 'business_type', 'queue', 'direction'])
      .where('id', 'in', ['T-51', 'T-52', 'T-53'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'T-51', business_type: '投诉处理', queue: '投诉专线', direction: 'in' },
      { id: 'T-52', business_type: '信用卡', queue: '信用卡热线', direction: 'out' },
      { id: 'T-53', business_type: '信用卡', queue: '信用卡热线', direction: 'in' },
    ]);
  });
});
