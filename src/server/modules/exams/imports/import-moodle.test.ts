import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { upload } from '../shared/exams.testkit.js';

const XML = readFileSync(new URL('./fixtures/sample.xml', import.meta.url), 'utf8');

describe.each(DIALECTS)('Moodle XML import on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  beforeAll(async () => {
    trainer = await env.as('trainer');
  });

  it('reads multichoice (single and multi, fractions), truefalse, shortanswer and essay; lists the rest', async () => {
    const res = await upload(trainer, 'moodle.xml', XML);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const p = res.body.data;
    expect(p.format).toBe('moodle_xml');
    expect(p.errors).toEqual([]);
    const byTitle = Object.fromEntries(p.questions.map((q: any) => [q.title, q]));
    expect(byTitle['年费']).toMatchObject({
      type: 'single',
      stem: '金卡的年费是多少？',
      points: 2,
      tags: [],
      category: '$course$/产品知识/信用卡',
      explanation: '金卡年费 200 元，刷卡 6 次可免。',
      options: [
        { text: '200 元', fraction: 1, feedback: '对' },
        { text: '200 元，可减免', fraction: 0.5 },
        { text: '免年费', fraction: 0 },
      ],
    });
    expect(byTitle['挂失渠道']).toMatchObject({ type: 'multiple', points: 3, tags: ['挂失'] });
    expect(byTitle['挂失渠道'].options.map((o: any) => o.fraction)).toEqual([0.333333, 0.333333, 0.333333, -1]);
    expect(byTitle['密码']).toMatchObject({ type: 'true_false', answer: false });
    expect(byTitle['英文缩写']).toMatchObject({
      type: 'fill_blank',
      caseSensitive: false,
      wildcards: true,
      blanks: [
        {
          answers: [
            { text: 'CRM', fraction: 1 },
            { text: 'C.R.M.', fraction: 1 },
            { text: '客户管理', fraction: 0.5 },
          ],
        },
      ],
    });
    expect(byTitle['投诉案例']).toMatchObject({ type: 'essay', points: 10, rubric: '原因分析 4 分，改进措施 6 分' });
    expect(byTitle['配对题']).toMatchObject({
      type: 'matching',
      pairs: [
        { prompt: '金卡', answer: '200 元' },
        { prompt: '白金卡', answer: '2000 元' },
        { prompt: '', answer: '免年费' },
      ],
    });
    expect(byTitle['数字题']).toMatchObject({ type: 'numerical', numeric: [{ value: 4, tolerance: 0, fraction: 1 }] });
    expect(p.skipped.map((s: any) => s.type)).toEqual(['multianswer', 'calculated', 'description']);
    expect(p.skipped.every((s: any) => s.reason.length > 5)).toBe(true);
  });

  it('commits, and the imported questions score as Moodle would', async () => {
    const p = (await upload(trainer, 'moodle.xml', XML)).body.data;
    const done = await trainer.post(`/api/exams/questions/imports/${p.id}/commit`);
    expect(done.body.data.created).toBe(7);
    const bank = (await trainer.get('/api/exams/questions?type=fill_blank')).body.data;
    expect(bank[0].blanks[0].accepted).toEqual(['CRM', 'C.R.M.']);
    expect(bank[0].blanks[0].answers.map((a: any) => a.fraction)).toEqual([1, 1, 0.5]);
  });

  it('refuses XML that is not well-formed or not a Moodle quiz', async () => {
    const broken = await upload(trainer, 'broken.xml', '<quiz><question type="essay"><name><text>x</name></quiz>');
    expect(broken.status).toBe(400);
    expect(broken.body.errorCode).toBe('BAD_FILE');
    const other = await upload(trainer, 'other.xml', '<?xml version="1.0"?><rss><channel/></rss>');
    expect(other.status).toBe(400);
    expect(other.body.errorMessage).toMatch(/quiz/);
  });
});
