import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { putSetting } from '../../../lib/settings.js';
import { scoreAnswer } from '../grading/grading.score.js';
import { openExam, upload } from '../shared/exams.testkit.js';

// Moodle banks imported whole (issue 16 item 3): files written from Moodle's own documentation of
// its XML and GIFT formats, every type graded against marks worked out by hand.
const XML = readFileSync(new URL('./fixtures/fidelity.xml', import.meta.url), 'utf8');
const GIFT = readFileSync(new URL('./fixtures/fidelity.gift', import.meta.url), 'utf8');
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const byTitle = (qs: any[]) => Object.fromEntries(qs.map((q) => [q.title, q]));

describe.each(DIALECTS)('Moodle fidelity on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  beforeAll(async () => {
    trainer = await env.as('trainer');
  });

  async function commit(name: string, text: string) {
    const p = (await upload(trainer, name, text)).body.data;
    expect(p.errors, JSON.stringify(p.errors)).toEqual([]);
    const done = await trainer.post(`/api/exams/questions/imports/${p.id}/commit`);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    return p;
  }

  it('keeps every Moodle XML type, feedback, the category tree and the embedded image', async () => {
    const p = await commit('fidelity.xml', XML);
    expect(p.skipped).toEqual([]);
    const q = byTitle(p.questions);
    expect(q['M1 年费']).toMatchObject({
      type: 'single',
      category: '$course$/业务/信用卡',
      explanation: '金卡年费 200 元，刷卡 6 次可免。',
      stem: '这张卡的年费是多少？\n![金卡](@@PLUGINFILE@@/gold%20card.png)',
      options: [
        { text: '200 元', fraction: 1, feedback: '正确' },
        { text: '100 元', fraction: 0.5, feedback: '只对了一半' },
        { text: '免年费', fraction: 0, feedback: '需要条件' },
      ],
      files: [{ name: 'gold card.png', mime: 'image/png', size: 70 }],
    });
    expect(q['M4 英文缩写']).toMatchObject({
      type: 'fill_blank',
      category: '$course$/业务/贷款',
      caseSensitive: false,
      wildcards: true,
    });
    expect(q['M5 品牌']).toMatchObject({ caseSensitive: true });
    expect(q['M6 长度']).toMatchObject({
      type: 'numerical',
      units: [
        { unit: 'm', multiplier: 1 },
        { unit: 'cm', multiplier: 100 },
      ],
      unitPenalty: 0.5,
      unitGrading: 'response',
    });
    expect(q['M8 配对'].pairs).toHaveLength(4);
    // The image is served to whoever is signed in, byte for byte.
    const file = await trainer.raw({ method: 'GET', url: `/api/exams/files/${q['M1 年费'].files[0].hash}` });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Number(file.headers['content-length'])).toBe(70);
    const row = await env.handle.db
      .selectFrom('exam_files')
      .select('data')
      .where('hash', '=', q['M1 年费'].files[0].hash)
      .executeTakeFirstOrThrow();
    expect(row.data).toBe(PNG);
  });

  it('grades every type as Moodle does, and shows the feedback with the released result', async () => {
    const bank = (await trainer.get('/api/exams/questions?pageSize=200')).body.data as any[];
    const id = (title: string) => bank.find((b) => b.title === title)!.id as string;
    const titles = ['M1 年费', 'M2 挂失渠道', 'M3 密码', 'M4 英文缩写', 'M5 品牌', 'M6 长度', 'M7 圆周率', 'M8 配对'];
    const trainee = await env.handle.db
      .selectFrom('users')
      .select(['username', 'employee_id'])
      .where('username', '=', 'trainee')
      .executeTakeFirstOrThrow();
    const who = { username: trainee.username, employeeId: trainee.employee_id! };
    const { examId } = await openExam(trainer, {
      paper: { title: 'Moodle 全题型', mode: 'fixed', items: titles.map((t) => ({ questionId: id(t) })) },
      examinees: [who.employeeId],
      exam: { shuffleOptions: false },
    });
    const me = await env.as('trainee');
    const v = (await me.post(`/api/exams/${examId}/attempts`)).body.data;
    const item = (t: string) => v.items.find((i: any) => i.questionId === id(t));
    const m8 = item('M8 配对');
    expect(m8.prompts.map((p: any) => p.text)).toEqual(['金卡', '白金卡', '普卡']);
    expect(m8.choices).toEqual([...m8.choices].sort());
    expect(m8.choices).toHaveLength(4);
    expect(item('M6 长度').units).toEqual(['m', 'cm']);
    const prompt = (text: string) => m8.prompts.find((p: any) => p.text === text).id;
    const answers: Record<string, unknown> = {
      'M1 年费': { optionIds: [item('M1 年费').options.find((o: any) => o.text === '100 元').id] }, // 50% of 2 → 1
      'M2 挂失渠道': { optionIds: [item('M2 挂失渠道').options.find((o: any) => o.text === '电话银行').id] }, // 50% of 3 → 1.5
      'M3 密码': { value: true }, // wrong → 0
      'M4 英文缩写': { blanks: ['客户关系管理'] }, // matches 客户*管理 (50%) of 4 → 2
      'M5 品牌': { blanks: ['iphone'] }, // usecase: wrong case → 0
      'M6 长度': { text: '150 cm' }, // 150 cm = 1.5 m → 2
      'M7 圆周率': { text: '3.1' }, // within 3 ± 0.2 (50%) of 2 → 1
      'M8 配对': {
        matches: { [prompt('金卡')]: '200 元', [prompt('白金卡')]: '2000 元', [prompt('普卡')]: '5000 元' },
      }, // 2 of 3 of 3 → 2
    };
    for (const [t, body] of Object.entries(answers)) {
      const res = await me.put(`/api/exams/attempts/${v.attemptId}/answers/${id(t)}`, body);
      expect(res.status, `${t} ${JSON.stringify(res.body)}`).toBe(200);
    }
    expect((await me.post(`/api/exams/attempts/${v.attemptId}/submit`)).status).toBe(200);
    expect((await trainer.post(`/api/exams/${examId}/close`)).status).toBe(200);
    const res = await me.get(`/api/exams/attempts/${v.attemptId}/result`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const r = res.body.data;
    const score = (t: string) => r.items.find((i: any) => i.questionId === id(t));
    expect(Object.fromEntries(titles.map((t) => [t, score(t).score]))).toEqual({
      'M1 年费': 1,
      'M2 挂失渠道': 1.5,
      'M3 密码': 0,
      'M4 英文缩写': 2,
      'M5 品牌': 0,
      'M6 长度': 2,
      'M7 圆周率': 1,
      'M8 配对': 2,
    });
    expect(r.rawScore).toBe(9.5);
    expect(r.maxScore).toBe(19);
    expect(r.score).toBe(50);
    expect(score('M1 年费')).toMatchObject({
      feedback: ['只对了一半'],
      explanation: '金卡年费 200 元，刷卡 6 次可免。',
    });
    expect(score('M4 英文缩写').feedback).toEqual(['接近了，写缩写']);
    expect(score('M7 圆周率').feedback).toEqual(['不够精确']);
    expect(score('M8 配对').pairs.map((p: any) => p.answer)).toEqual(['200 元', '2000 元', '免年费']);
  });

  it('takes the unit penalty when the unit is missing, and a wrong answer scores nothing', async () => {
    const row = await env.handle.db
      .selectFrom('exam_questions')
      .select('body')
      .where('title', '=', 'M6 长度')
      .executeTakeFirstOrThrow();
    const c = JSON.parse(row.body);
    expect(scoreAnswer(c, 2, { text: '1.5' })).toBe(1); // no unit: half of the answer's credit
    expect(scoreAnswer(c, 2, { text: '1.5 km' })).toBe(1); // unknown unit: likewise
    expect(scoreAnswer(c, 2, { text: '1.5m' })).toBe(2);
    expect(scoreAnswer(c, 2, { text: '149 cm' })).toBe(0);
  });

  it('draws a random paper from a category subtree', async () => {
    const available = async (category: string) =>
      (await trainer.post('/api/exams/papers/check', { rules: [{ count: 1, category }] })).body.data[0].available;
    expect(await available('业务')).toBe(9); // 信用卡 3 + 贷款 6 under 业务
    expect(await available('$course$/业务/信用卡')).toBe(3);
    expect(await available('业务/贷款')).toBe(6);
    expect(await available('业')).toBe(0);
  });

  it('honors GIFT markers, feedback, numerical ranges and matching', async () => {
    const p = await commit('fidelity.gift', GIFT);
    const q = byTitle(p.questions);
    expect(q['G1 标记']).toMatchObject({
      type: 'single',
      stem: '金卡年费是 多少？',
      explanation: '**年费**可减免',
      category: '$course$/业务/信用卡',
      options: [
        { text: '200 <元>', fraction: 1, feedback: '正确' },
        { text: '100 元', fraction: 0.5, feedback: '一半' },
        { text: '免年费', fraction: 0, feedback: '需要条件' },
      ],
    });
    expect(q['G2 圆周率'].numeric).toEqual([
      { value: 3.14, tolerance: 0.005, fraction: 1, feedback: '对' },
      { value: 3, tolerance: 0.2, fraction: 0.5, feedback: '不够精确' },
    ]);
    expect(q['G3 范围'].numeric).toEqual([{ value: 3, tolerance: 2, fraction: 1 }]);
    expect(q['G4 配对']).toMatchObject({
      type: 'matching',
      category: '$course$/业务/贷款',
      pairs: [
        { prompt: '信用卡', answer: '95555' },
        { prompt: '理财', answer: '柜台' },
        { prompt: '贷款', answer: '客户经理' },
      ],
    });
    expect(q['G5 缩写'].blanks[0].answers).toEqual([
      { text: 'CRM', fraction: 1, feedback: '完全正确' },
      { text: '客户*管理', fraction: 0.5, feedback: '接近了' },
    ]);
    expect(q['G6 多选'].options.map((o: any) => o.fraction)).toEqual([0.5, 0.5, -1]);
    expect(JSON.stringify(p.questions)).not.toMatch(/\[(plain|html|markdown|moodle)\]/);
  });

  it('refuses a grade Moodle does not allow and answers that cannot reach 100%, naming the question', async () => {
    const xml = `<?xml version="1.0"?><quiz>
      <question type="multichoice"><name><text>坏分值</text></name><questiontext><text>x</text></questiontext><single>true</single>
        <answer fraction="100"><text>a</text></answer><answer fraction="45"><text>b</text></answer></question>
      <question type="multichoice"><name><text>凑不满</text></name><questiontext><text>y</text></questiontext><single>false</single>
        <answer fraction="40"><text>a</text></answer><answer fraction="40"><text>b</text></answer><answer fraction="-100"><text>c</text></answer></question>
      <question type="shortanswer"><name><text>没有满分</text></name><questiontext><text>z</text></questiontext>
        <answer fraction="50"><text>a</text></answer></question>
    </quiz>`;
    const p = (await upload(trainer, 'bad.xml', xml)).body.data;
    expect(p.errors.map((e: any) => [e.name, e.field])).toEqual([
      ['坏分值', 'answers'],
      ['凑不满', 'options'],
      ['没有满分', 'answers'],
    ]);
    expect(p.errors[0].message).toMatch(/45%/);
    expect(p.errors[1].message).toMatch(/80%/);
    const gift = (await upload(trainer, 'bad.gift', '::坏权重::题 {=甲 ~%45%乙}\n')).body.data;
    expect(gift.errors).toEqual([expect.objectContaining({ name: '坏权重', message: expect.stringMatching(/45%/) })]);
    expect((await trainer.post(`/api/exams/questions/imports/${p.id}/commit`)).body.errorCode).toBe(
      'IMPORT_HAS_ERRORS',
    );
  });

  it('lists what a question loses: a file over the size limit, feedback with no place', async () => {
    await putSetting(env.handle.db, 'exams.embeddedFileMaxKb', 0, null);
    try {
      const p = (await upload(trainer, 'fidelity.xml', XML)).body.data;
      expect(byTitle(p.questions)['M1 年费'].files).toEqual([]);
      expect(p.warnings).toContainEqual(
        expect.objectContaining({ name: 'M1 年费', message: expect.stringMatching(/gold card\.png .*not kept/) }),
      );
    } finally {
      await putSetting(env.handle.db, 'exams.embeddedFileMaxKb', 2048, null);
    }
    const gift = (await upload(trainer, 'tf.gift', '::判断反馈::天是蓝的 {T#错了#对了}\n')).body.data;
    expect(gift.warnings).toEqual([
      expect.objectContaining({ name: '判断反馈', message: expect.stringMatching(/feedback/) }),
    ]);
  });
});
