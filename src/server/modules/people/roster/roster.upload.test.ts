import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { forceWorkerThreads } from '../../../lib/worker-parse.testkit.js';

// A roster upload is parsed on a worker thread (issue 16) and refused over its size setting with a
// 413 that names the limit.

const HEADER = '工号,姓名,性别,入职日期,部门,班组,状态,直属上级工号,岗位,手机,邮箱,业务技能';
const row = (i: number) =>
  `W${String(i).padStart(5, '0')},测试${i},女,2025-06-02,客户服务一处,零售业务一组,培训期,,坐席,13800000000,w${i}@example.com,信用卡`;

function multipart(fileName: string, content: Buffer) {
  const boundary = `----seatwise${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(DIALECTS)('roster uploads off the request thread on $name', (dialect) => {
  const env = useTestEnv(dialect);
  forceWorkerThreads();

  it('previews a roster parsed on a worker thread, with its row errors', async () => {
    const hr = await env.as('hr');
    const csv = Buffer.from(
      `\uFEFF${[HEADER, row(1), row(2), 'W00003,,女,2025-13-40,客户服务一处,零售业务一组,培训期,,坐席,,,'].join('\r\n')}\r\n`,
    );
    const res = await hr.raw({ method: 'POST', url: '/api/roster/imports', ...multipart('roster.csv', csv) });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'previewed', rowCount: 3 });
    expect(res.body.data.errorCount).toBeGreaterThan(0);
    const missing = await hr.raw({
      method: 'POST',
      url: '/api/roster/imports',
      ...multipart('x.csv', Buffer.from('a,b\n1,2\n')),
    });
    expect([missing.status, missing.body.errorCode]).toEqual([400, 'MISSING_COLUMNS']); // an AppError from the worker, as it was
  });

  it('refuses a roster over people.rosterMaxUploadMb with 413 naming the limit', async () => {
    const admin = await env.as('admin');
    expect((await admin.put('/api/settings/people.rosterMaxUploadMb', { value: 1, reason: 'test' })).status).toBe(200);
    const hr = await env.as('hr');
    const big = Buffer.from([HEADER, ...Array.from({ length: 12_000 }, (_, i) => row(i))].join('\r\n'));
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const res = await hr.raw({ method: 'POST', url: '/api/roster/imports', ...multipart('big.csv', big) });
    expect([res.status, res.body.errorCode, res.body.params]).toEqual([413, 'FILE_TOO_LARGE', { maxMb: 1 }]);
    expect(res.body.errorMessage).toContain('people.rosterMaxUploadMb');
  });
});
