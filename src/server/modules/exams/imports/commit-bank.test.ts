import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { upload } from '../shared/exams.testkit.js';
import { commitHooks } from './commit-bank.js';

// A big bank's commit never holds the connection other requests read through (issue 16): while
// its transaction is open, other users' pages are answered, and they see none of its questions
// until it commits — all or nothing. The commit is held open at a part boundary by a hook, so the
// test depends on the order of events, never on a time.

const QUESTIONS = 2400; // parts of 500: five of them
function bank() {
  const parts: string[] = [];
  for (let i = 0; i < QUESTIONS; i++) {
    const title = `::大题库${i}::`;
    parts.push(
      i % 2
        ? `${title}第 ${i} 题：信用卡挂失的渠道是？{=手机银行 ~柜台 ~%50%电话银行}`
        : `${title}第 ${i} 题：可以向第三方透露余额。{F}`,
    );
  }
  return `$CATEGORY: $course$/压测\n\n${parts.join('\n\n')}\n`;
}

describe.each(DIALECTS)('a big bank commit on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  let hr: Client;
  let previewId: string;
  const total = async () => (await trainer.get('/api/exams/questions?pageSize=1')).body.total as number;
  const audits = () =>
    env.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity', '=', 'exam_import')
      .where('entity_id', '=', previewId)
      .execute();
  const status = async () =>
    (
      await env.handle.db
        .selectFrom('exam_imports')
        .select('status')
        .where('id', '=', previewId)
        .executeTakeFirstOrThrow()
    ).status;

  beforeAll(async () => {
    trainer = await env.as('trainer');
    hr = await env.as('hr');
    const res = await upload(trainer, 'big.gift', bank());
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    expect(res.body.data.questions).toHaveLength(QUESTIONS);
    previewId = res.body.data.id;
  }, 60_000);
  afterEach(() => {
    delete commitHooks.afterPart;
  });

  it('a commit that fails part-way leaves nothing behind', async () => {
    const before = await total();
    commitHooks.afterPart = async (n) => {
      if (n === 3) throw new Error('the writer stopped');
    };
    const res = await trainer.post(`/api/exams/questions/imports/${previewId}/commit`);
    expect(res.status).toBe(500);
    expect(await total()).toBe(before);
    expect(await status()).toBe('previewed');
    expect(await audits()).toHaveLength(0);
    const progress = await trainer.get(`/api/exams/questions/imports/${previewId}/progress`);
    expect(progress.body.data).toEqual({ state: 'idle', written: 0, total: 0 });
  });

  it('answers other requests while the commit is open, which see its questions only once it is done', async () => {
    const before = await total();
    const seen: { part: number; employees: number; bankTotal: number; committed: boolean; progress: unknown }[] = [];
    let committed = false;
    commitHooks.afterPart = async (part) => {
      if (part > 2) return;
      // The commit waits here, its transaction open, until these requests are answered.
      const [employees, questions, progress] = await Promise.all([
        hr.get('/api/employees?pageSize=20'),
        trainer.get('/api/exams/questions?pageSize=20'),
        trainer.get(`/api/exams/questions/imports/${previewId}/progress`),
      ]);
      expect([employees.status, questions.status, progress.status]).toEqual([200, 200, 200]);
      seen.push({
        part,
        employees: employees.body.data.length,
        bankTotal: questions.body.total,
        committed,
        progress: progress.body.data,
      });
    };
    const commit = trainer.post(`/api/exams/questions/imports/${previewId}/commit`).then((r) => {
      committed = true;
      return r;
    });
    const res = await commit;
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.created).toBe(QUESTIONS);
    expect(seen).toEqual([
      {
        part: 1,
        employees: 20,
        bankTotal: before,
        committed: false,
        progress: { state: 'committing', written: 500, total: QUESTIONS },
      },
      {
        part: 2,
        employees: 20,
        bankTotal: before,
        committed: false,
        progress: { state: 'committing', written: 1000, total: QUESTIONS },
      },
    ]);
    const after = await trainer.get(`/api/exams/questions/imports/${previewId}/progress`);
    expect(after.body.data).toEqual({ state: 'committed', written: 0, total: 0 });
    expect(await total()).toBe(before + QUESTIONS);
    expect(await status()).toBe('committed');
    expect(await audits()).toHaveLength(1);
    const again = await trainer.post(`/api/exams/questions/imports/${previewId}/commit`);
    expect([again.status, again.body.errorCode]).toEqual([409, 'IMPORT_DONE']);
  });

  it('refuses to commit a preview with no question it can import (422 IMPORT_EMPTY)', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><quiz><question type="description"><name><text>说明</text></name>
      <questiontext><text>以下为第二部分。</text></questiontext></question></quiz>`;
    const res = await upload(trainer, 'only-text.xml', xml);
    expect([res.status, res.body.data.questions.length, res.body.data.skipped.length]).toEqual([200, 0, 1]);
    const before = await total();
    const commit = await trainer.post(`/api/exams/questions/imports/${res.body.data.id}/commit`);
    expect([commit.status, commit.body.errorCode]).toEqual([422, 'IMPORT_EMPTY']);
    expect(await total()).toBe(before);
  });
});
