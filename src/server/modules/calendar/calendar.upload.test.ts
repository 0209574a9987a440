import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { forceWorkerThreads } from '../../lib/worker-parse.testkit.js';

// A calendar file is parsed on a worker thread (issue 16); its size limit is a setting.

function multipart(fileName: string, content: Buffer) {
  const boundary = `----seatwise${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const preview = (c: Client, content: string) =>
  c.raw({
    method: 'POST',
    url: '/api/calendar/years/2028/import/preview',
    ...multipart('2028.csv', Buffer.from(content)),
  });

describe.each(DIALECTS)('calendar uploads off the request thread on $name', (dialect) => {
  const env = useTestEnv(dialect);
  forceWorkerThreads();

  it('previews a file parsed on a worker thread', async () => {
    const admin = await env.as('admin');
    const res = await preview(admin, '日期,类型,名称\n2028-01-01,休,元旦\n2028-10-01,休,国庆节\n');
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toMatchObject({ year: 2028, format: 'csv', rowsRead: 2, errors: 0, counts: { add: 2 } });
  });

  it('refuses a file over calendar.maxUploadKb with 413 naming the limit', async () => {
    const admin = await env.as('admin');
    expect((await admin.put('/api/settings/calendar.maxUploadKb', { value: 2, reason: 'test' })).status).toBe(200);
    const res = await preview(admin, `日期,类型,名称\n${'2028-01-01,休,元旦\n'.repeat(200)}`);
    expect([res.status, res.body.errorCode, res.body.params]).toEqual([413, 'CALENDAR_FILE_TOO_LARGE', { maxKb: 2 }]);
    expect(res.body.errorMessage).toContain('calendar.maxUploadKb');
  });
});
