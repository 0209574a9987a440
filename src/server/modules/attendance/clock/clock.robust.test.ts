import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { countRows, employeeIdOf } from '../../../test/helpers.js';
import { identity } from '../../people/identity.service.js';
import { punchCsv, upload } from './clock.testkit.js';

// Bad punch files and bad clock requests: each is answered with its own code and nothing is written.
describe.each(DIALECTS)('attendance clock: bad input ($name)', (c) => {
  const env = useTestEnv(c);
  let hr: Client;
  let agent: Client;
  let no: string;
  let before: number;

  beforeAll(async () => {
    setClock('2027-03-20T02:00:00Z');
    hr = await env.as('hr');
    agent = await env.as('agent');
    no = (await identity(env.handle.db, await employeeIdOf(env.handle.db, 'agent')))!.employeeNo;
    before = await countRows(env.handle.db, 'attendance_punches');
  });
  afterAll(() => setClock());

  const rowError = (line: number, code: string) => ({
    status: 422,
    errorCode: 'CLOCK_IMPORT_HAS_ERRORS',
    params: expect.objectContaining({ line, code }),
  });

  it.each([
    ['an empty file', 'empty.csv', () => Buffer.alloc(0), { status: 400, errorCode: 'EMPTY_FILE' }],
    [
      'text named .xlsx',
      'fake.xlsx',
      () => Buffer.from('工号,打卡时间\nX,2027-03-01 09:00\n'),
      { status: 400, errorCode: 'BAD_FILE' },
    ],
    ['a PDF', 'x.pdf', () => Buffer.from('%PDF-1.4'), { status: 400, errorCode: 'UNSUPPORTED_FILE_TYPE' }],
    [
      'columns it cannot map',
      'h.csv',
      () => Buffer.from('foo,bar\n1,2\n'),
      { status: 400, errorCode: 'MISSING_COLUMNS' },
    ],
    ['30 February', 'bad.csv', () => punchCsv([[no, '2027-02-30 09:00', 'A']]), rowError(2, 'BAD_TIME')],
    ['a time of 99:99', 'bad.csv', () => punchCsv([[no, '9999-99-99 99:99', 'A']]), rowError(2, 'BAD_TIME')],
    [
      'the same punch twice',
      'dup.csv',
      () =>
        punchCsv([
          [no, '2027-03-01 09:00', 'A'],
          [no, '2027-03-01 09:00', 'A'],
        ]),
      rowError(3, 'DUPLICATE_IN_FILE'),
    ],
    [
      'an unknown employee number',
      'unk.csv',
      () => punchCsv([['NOPE999', '2027-03-01 09:00', 'A']]),
      { status: 422, errorCode: 'CLOCK_IMPORT_HAS_ERRORS' },
    ],
    [
      'a file over the size setting',
      'big.csv',
      () => Buffer.alloc(25 * 1024 * 1024, 65),
      { status: 413, errorCode: 'FILE_TOO_LARGE' },
    ],
  ])('refuses %s and imports nothing', async (_what, name, bytes, expected) => {
    const r = await upload(hr, 'import', name, bytes());
    expect({ status: r.status, ...r.body }).toMatchObject(expected);
    expect(await countRows(env.handle.db, 'attendance_punches')).toBe(before);
  });

  it('previews a broken workbook with the same answer as the import', async () => {
    const r = await upload(hr, 'preview', 'fake.xlsx', Buffer.from('hello'));
    expect([r.status, r.body.errorCode]).toEqual([400, 'BAD_FILE']);
  });

  it('answers a request without a file, a broken multipart body and an overlong mapping field', async () => {
    const json = await hr.raw({ method: 'POST', url: '/api/attendance/clock/import', payload: { a: 1 } });
    expect([json.status, json.body.errorCode]).toEqual([400, 'MISSING_FILE']);
    const broken = await hr.raw({
      method: 'POST',
      url: '/api/attendance/clock/import',
      payload: '--x\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect([broken.status, broken.body.errorCode]).toEqual([400, 'BAD_MULTIPART']);
    const mapping = await upload(hr, 'import', 'h.csv', punchCsv([[no, '2027-03-01 09:00', 'A']]), {
      employeeNo: 'x'.repeat(5000),
    });
    expect([mapping.status, mapping.body.errorCode, mapping.body.field]).toEqual([
      400,
      'VALIDATION_FAILED',
      'employeeNo',
    ]);
    expect(await countRows(env.handle.db, 'attendance_punches')).toBe(before);
  });

  it('keeps imports from an agent, and answers impossible days', async () => {
    const r = await upload(agent, 'import', 'a.csv', punchCsv([[no, '2027-03-01 09:00', 'A']]));
    expect([r.status, r.body.errorCode]).toEqual([403, 'FORBIDDEN']);
    const ex = await hr.get('/api/attendance/clock/exceptions?day=2026-02-30');
    expect([ex.status, ex.body.errorCode]).toEqual([400, 'VALIDATION_FAILED']);
    const resolve = await hr.post('/api/attendance/clock/days/nope/2026-02-30/resolve', {
      action: 'confirm',
      version: 1,
    });
    expect([resolve.status, resolve.body.errorCode]).toEqual([404, 'NOT_FOUND']);
  });
});
