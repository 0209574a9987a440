import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { upload } from '../shared/exams.testkit.js';

const GIFT = readFileSync(new URL('./fixtures/sample.gift', import.meta.url), 'utf8');

describe.each(DIALECTS)('GIFT import on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  beforeAll(async () => {
    trainer = await env.as('trainer');
  });

  it('previews every supported type, lists the unsupported ones with a reason, creates nothing yet', async () => {
    const res = await upload(trainer, 'bank.gift', GIFT);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const p = res.body.data;
    expect(p.format).toBe('gift');
    expect(p.errors).toEqual([]);
    const byTitle = Object.fromEntries(p.questions.map((q: any) => [q.title ?? q.stem, q]));
    expect(byTitle['开场白']).toMatchObject({
      type: 'single',
      tags: [],
      category: '$course$/客服基础/开场白',
      explanation: '标准开场白须包含问候与服务意愿。',
      options: [
        { text: '您好，很高兴为您服务', fraction: 1 },
        { text: '喂，哪位？', fraction: 0, feedback: '不规范' },
        { text: '您好', fraction: 0.5, feedback: '不完整' },
      ],
    });
    expect(byTitle['投诉步骤']).toMatchObject({
      type: 'multiple',
      options: [{ fraction: 0.5 }, { fraction: 0.5 }, { fraction: -1 }],
    });
    expect(byTitle['保密']).toMatchObject({ type: 'true_false', answer: false });
    expect(byTitle['真假2']).toMatchObject({ type: 'true_false', answer: true, explanation: '这是基本要求' });
    expect(byTitle['热线']).toMatchObject({
      type: 'fill_blank',
      wildcards: true,
      category: '$course$/业务知识',
      blanks: [
        {
          accepted: [],
          answers: [
            { text: '95555', fraction: 1 },
            { text: '955-55', fraction: 1 },
          ],
        },
      ],
    });
    expect(byTitle['安抚']).toMatchObject({ type: 'essay' });
    expect(byTitle['转义']).toMatchObject({
      type: 'true_false',
      answer: true,
      stem: '计算 1 = 1 时使用的符号是 { 等号 } 吗？',
    });
    const missingWord = p.questions.find((q: any) => q.stem.startsWith('信用卡挂失后'));
    expect(missingWord).toMatchObject({ type: 'single', stem: '信用卡挂失后，原卡 ____ 停止使用。' });
    expect(byTitle['配对']).toMatchObject({
      type: 'matching',
      pairs: [
        { prompt: '信用卡', answer: '95555' },
        { prompt: '理财', answer: '柜台' },
        { prompt: '贷款', answer: '客户经理' },
      ],
    });
    expect(byTitle['数字']).toMatchObject({ type: 'numerical', numeric: [{ value: 4, tolerance: 0, fraction: 1 }] });
    expect(p.questions).toHaveLength(10);
    expect(p.skipped.map((s: any) => [s.name, s.type])).toEqual([['没有答案块的说明文字。', 'description']]);
    for (const s of p.skipped) expect(s.reason).toMatch(/not/);
    const count = await env.handle.db
      .selectFrom('exam_questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('commits all at once, once; the questions are scored as imported', async () => {
    const p = (await upload(trainer, 'bank.txt', GIFT)).body.data;
    const done = await trainer.post(`/api/exams/questions/imports/${p.id}/commit`);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.data.created).toBe(10);
    expect((await trainer.post(`/api/exams/questions/imports/${p.id}/commit`)).status).toBe(409);
    // The category keeps its tree: the parent holds its child's questions.
    expect(
      (await trainer.get(`/api/exams/questions?category=${encodeURIComponent('$course$/客服基础/开场白')}`)).body.total,
    ).toBe(4);
    expect((await trainer.get(`/api/exams/questions?category=${encodeURIComponent('客服基础')}`)).body.total).toBe(4);
    expect((await trainer.get(`/api/exams/questions?category=${encodeURIComponent('客服')}`)).body.total).toBe(0);
    const audit = await env.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'exam_import')
      .where('entity_id', '=', p.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses to commit a file with an error, and creates nothing from it', async () => {
    const bad = `::好::题干 {=对 ~错}\n\n::坏::多选 {~%30%甲 ~%30%乙 ~%-100%丙}\n`;
    const p = (await upload(trainer, 'bad.gift', bad)).body.data;
    expect(p.questions).toHaveLength(1);
    expect(p.errors).toEqual([expect.objectContaining({ index: 2, name: '坏', field: 'options' })]);
    const before = await env.handle.db
      .selectFrom('exam_questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await trainer.post(`/api/exams/questions/imports/${p.id}/commit`);
    expect(res.status).toBe(422);
    expect(res.body.errorCode).toBe('IMPORT_HAS_ERRORS');
    const after = await env.handle.db
      .selectFrom('exam_questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('answers bad uploads with a clear error', async () => {
    expect((await upload(trainer, 'empty.gift', '// nothing here\n')).body.errorCode).toBe('EMPTY_FILE');
    expect((await upload(trainer, 'bank.pdf', 'x')).body.errorCode).toBe('UNKNOWN_FORMAT');
    expect((await upload(trainer, 'bin.gift', Buffer.from([0xff, 0xfe, 0x00, 0x81]))).body.errorCode).toBe('BAD_FILE');
    const agent = await env.as('agent');
    expect((await upload(agent, 'bank.gift', GIFT)).status).toBe(403);
    const other = await env.as('training');
    const mine = (await upload(trainer, 'bank.gift', GIFT)).body.data;
    expect((await other.get(`/api/exams/questions/imports/${mine.id}`)).status).toBe(200);
    const qa = await env.as('qa');
    expect((await qa.get(`/api/exams/questions/imports/${mine.id}`)).status).toBe(403);
  });
});
