import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { addQuestion, SAMPLE, upload } from '../shared/exams.testkit.js';

describe.each(DIALECTS)('question bank on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  beforeAll(async () => {
    trainer = await env.as('trainer');
  });

  it('adds, finds, edits with history and an audit of the change, and archives', async () => {
    const id = await addQuestion(trainer, {
      ...SAMPLE.single,
      course: '服务理念与沟通技巧',
      knowledgePoint: '开场白',
      difficulty: 'easy',
    });
    const got = (await trainer.get(`/api/exams/questions/${id}`)).body.data;
    expect(got).toMatchObject({ type: 'single', version: 1, difficulty: 'easy', course: '服务理念与沟通技巧' });
    expect(got.options.filter((o: any) => o.correct)).toHaveLength(1);
    expect((await trainer.get('/api/exams/questions?tag=开场白&difficulty=easy')).body.total).toBe(1);
    expect((await trainer.get('/api/exams/questions?q=标准开场白')).body.total).toBe(1);
    const edit = await trainer.put(`/api/exams/questions/${id}`, {
      ...SAMPLE.single,
      stem: '规范的开场白是？',
      version: 1,
      reason: '措辞',
    });
    expect(edit.body.data.version).toBe(2);
    const stale = await trainer.put(`/api/exams/questions/${id}`, { ...SAMPLE.single, stem: '又改', version: 1 });
    expect(stale.status).toBe(409);
    const history = (await trainer.get(`/api/exams/questions/${id}/versions`)).body.data;
    expect(history.map((h: any) => [h.version, h.question.stem])).toEqual([
      [2, '规范的开场白是？'],
      [1, SAMPLE.single.stem],
    ]);
    // Options that stay keep their ids, so earlier attempts read the same.
    expect(history[0].question.options.map((o: any) => o.id)).toEqual(
      history[1].question.options.map((o: any) => o.id),
    );
    const audit = await env.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'exam_question')
      .where('entity_id', '=', id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.old_value!).stem).toBe(SAMPLE.single.stem);
    expect(audit.reason).toBe('措辞');
    expect((await trainer.post(`/api/exams/questions/${id}/archive`, { archived: true })).status).toBe(200);
    expect((await trainer.get('/api/exams/questions?tag=开场白')).body.total).toBe(0);
    expect((await trainer.get('/api/exams/questions?tag=开场白&archived=true')).body.total).toBe(1);
  });

  it('refuses bad questions with the field, and people who do not author', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'single', stem: 'x', options: [{ text: 'a' }, { text: 'b' }] }, 'options'],
      [{ type: 'true_false', stem: 'x' }, 'answer'],
      [{ type: 'fill_blank', stem: 'x' }, 'blanks'],
      [{ type: 'essay', stem: '' }, 'stem'],
      [{ type: 'cloze', stem: 'x' }, 'type'],
      [{ type: 'essay', stem: 'x', points: 1e9 }, 'points'],
    ];
    for (const [body, field] of cases) {
      const res = await trainer.post('/api/exams/questions', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.field).toBe(field);
    }
    const agent = await env.as('agent');
    expect((await agent.post('/api/exams/questions', SAMPLE.essay)).status).toBe(403);
    expect((await agent.get('/api/exams/questions')).status).toBe(403);
  });

  it('hands out the Excel template, imports it, and exports the bank in the same layout', async () => {
    const tpl = await trainer.raw({ method: 'GET', url: '/api/exams/questions/template' });
    expect(tpl.status).toBe(200);
    expect(String(tpl.headers['content-type'])).toMatch(/spreadsheetml/);
    const file = await buildSheet([
      [
        '单选',
        '',
        '开场白是？',
        '您好',
        '喂',
        '',
        '',
        '',
        '',
        '',
        '',
        'A',
        2,
        '易',
        '沟通',
        '开场白',
        '话术、礼仪',
        '解析',
        '',
        '',
      ],
      ['多选', '', '投诉步骤？', '倾听', '致歉', '打断', '', '', '', '', '', 'AB', 3, '中', '', '', '', '', '', ''],
      ['判断', '', '可以泄露密码。', '', '', '', '', '', '', '', '', '错', 1, '难', '', '', '', '', '', ''],
      [
        '填空',
        '',
        '热线 ____ 与 ____',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '95555/955-55|7x24',
        2,
        '',
        '',
        '',
        '',
        '',
        '',
        '是',
      ],
      ['论述', '', '谈谈服务。', '', '', '', '', '', '', '', '', '参考答案', 10, '', '', '', '', '', '评分标准', ''],
      ['连线', '', '不支持的题型', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
    const p = (await upload(trainer, '题库.xlsx', file)).body.data;
    expect(p.errors).toEqual([]);
    expect(p.skipped).toEqual([expect.objectContaining({ index: 7, type: '连线' })]);
    expect(p.questions.map((q: any) => q.type)).toEqual(['single', 'multiple', 'true_false', 'fill_blank', 'essay']);
    expect(p.questions[0]).toMatchObject({ tags: ['话术', '礼仪'], difficulty: 'easy', points: 2 });
    expect(p.questions[3]).toMatchObject({
      caseSensitive: true,
      blanks: [{ accepted: ['95555', '955-55'] }, { accepted: ['7x24'] }],
    });
    expect(p.questions[4]).toMatchObject({ referenceAnswer: '参考答案', rubric: '评分标准' });
    expect((await trainer.post(`/api/exams/questions/imports/${p.id}/commit`)).body.data.created).toBe(5);
    const exported = await trainer.raw({ method: 'GET', url: '/api/exams/questions/export' });
    expect(exported.status).toBe(200);
    // File names follow the reader's language (the trainer's profile says zh-CN; ?locale= overrides).
    expect(String(exported.headers['content-disposition'])).toContain(encodeURIComponent('题库导出.xlsx'));
    const english = await trainer.raw({ method: 'GET', url: '/api/exams/questions/export?locale=en-US' });
    expect(String(english.headers['content-disposition'])).toContain("filename*=UTF-8''question-bank.xlsx");
    expect(String(tpl.headers['content-disposition'])).toContain(encodeURIComponent('题库导入模板.xlsx'));
  });

  it('reports row errors in a sheet and a sheet that is not the template', async () => {
    const file = await buildSheet([
      ['单选', '', '题', '甲', '乙', '', '', '', '', '', '', 'C', '', '', '', '', '', '', '', ''],
      ['判断', '', '题', '', '', '', '', '', '', '', '', '也许', '', '', '', '', '', '', '', ''],
      ['单选', '', '题', '甲', '乙', '', '', '', '', '', '', 'A', '', '极难', '', '', '', '', '', ''],
    ]);
    const p = (await upload(trainer, 'bad.xlsx', file)).body.data;
    expect(p.errors.map((e: any) => [e.index, e.field])).toEqual([
      [2, '正确答案'],
      [3, '正确答案'],
      [4, '难度'],
    ]);
    const wrong = new ExcelJS.Workbook();
    wrong.addWorksheet('x').addRow(['姓名', '工号']);
    const res = await upload(trainer, 'roster.xlsx', Buffer.from(await wrong.xlsx.writeBuffer()));
    expect(res.body.errorCode).toBe('BAD_TEMPLATE');
    expect((await upload(trainer, 'junk.xlsx', 'not a zip')).body.errorCode).toBe('BAD_FILE');
  });
});

async function buildSheet(rows: unknown[][]) {
  const { HEADERS } = await import('../imports/import-xlsx.js');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow([...HEADERS]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
