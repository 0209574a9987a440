import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { addQuestion, cohortAccounts, hourFromNow } from '../shared/exams.testkit.js';

// Random papers: each rule draws its count of distinct questions of its type, difficulty and tag.
describe.each(DIALECTS)('papers and the random draw on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  let people: { username: string; employeeId: string }[];
  const meta = new Map<string, { type: string; difficulty: string; tags: string[]; course: string | null }>();

  beforeAll(async () => {
    trainer = await env.as('trainer');
    people = await cohortAccounts(env, 4);
    const add = async (type: string, difficulty: string, tag: string, n: number, course: string | null = null) => {
      for (let i = 0; i < n; i++) {
        const q =
          type === 'single'
            ? { type, stem: `${tag}-${difficulty}-${i}`, options: [{ text: '是', correct: true }, { text: '否' }] }
            : type === 'true_false'
              ? { type, stem: `${tag}-${difficulty}-${i}`, answer: true }
              : { type, stem: `${tag}-${i}` };
        const id = await addQuestion(trainer, {
          ...q,
          difficulty,
          tags: course ? [] : [tag],
          course: course ?? undefined,
        });
        meta.set(id, { type, difficulty, tags: course ? [] : [tag], course });
      }
    };
    await add('single', 'easy', 'A', 12);
    await add('single', 'hard', 'A', 3);
    await add('single', 'hard', 'B', 6);
    await add('true_false', 'easy', 'B', 4);
    await add('essay', 'medium', 'C', 2, 'C');
  });

  const rules = [
    { count: 10, type: 'single', difficulty: 'easy', tag: 'A', points: 2 },
    { count: 5, difficulty: 'hard', tag: 'B' },
    { count: 3, type: 'true_false' },
    { count: 1, type: 'essay', tag: 'C', points: 10 },
  ];

  it('checks each rule for enough questions', async () => {
    const res = await trainer.post('/api/exams/papers/check', {
      rules: [...rules, { count: 5, type: 'single', difficulty: 'hard' }],
    });
    expect(res.body.data.map((r: any) => [r.available, r.ok])).toEqual([
      [12, true],
      [6, true],
      [4, true],
      [2, true],
      [4, false],
    ]);
  });

  it("draws per attempt what every rule asks, distinct, with the rule's points, different per examinee", async () => {
    const paper = (await trainer.post('/api/exams/papers', { title: '随机卷', mode: 'random', rules })).body.data.id;
    const exam = (
      await trainer.post('/api/exams', {
        title: '随机考',
        paperId: paper,
        opensAt: hourFromNow(-1),
        closesAt: hourFromNow(1),
        timeLimitMinutes: 20,
      })
    ).body.data.id;
    await trainer.put(`/api/exams/${exam}/examinees`, { employeeIds: people.map((p) => p.employeeId) });
    expect((await trainer.post(`/api/exams/${exam}/open`)).status).toBe(200);
    const draws: string[] = [];
    for (const p of people) {
      const c = await env.as(p.username);
      const v = (await c.post(`/api/exams/${exam}/attempts`)).body.data;
      expect(v.items).toHaveLength(19);
      expect(new Set(v.items.map((i: any) => i.questionId)).size).toBe(19);
      const items = v.items.map((i: any) => ({ ...meta.get(i.questionId)!, points: i.points }));
      const ofRule = [
        items.filter((i: any) => i.type === 'single' && i.difficulty === 'easy' && i.tags.includes('A')),
        items.filter((i: any) => i.difficulty === 'hard' && i.tags.includes('B')),
        items.filter((i: any) => i.type === 'true_false'),
        items.filter((i: any) => i.type === 'essay' && i.course === 'C'),
      ];
      expect(ofRule.map((r) => r.length)).toEqual([10, 5, 3, 1]);
      expect(ofRule[0].every((i: any) => i.points === 2)).toBe(true);
      expect(ofRule[3][0].points).toBe(10);
      expect(items.filter((i: any) => i.difficulty === 'hard' && i.tags.includes('A'))).toHaveLength(0);
      draws.push(
        v.items
          .map((i: any) => i.questionId)
          .sort()
          .join(),
      );
    }
    expect(new Set(draws).size).toBeGreaterThan(1);
  });

  it('will not open an exam whose random paper is short, and names the rule', async () => {
    const paper = (
      await trainer.post('/api/exams/papers', {
        title: '缺题卷',
        mode: 'random',
        rules: [
          { count: 2, type: 'true_false' },
          { count: 30, tag: 'A' },
        ],
      })
    ).body.data.id;
    const exam = (
      await trainer.post('/api/exams', {
        title: '缺题考',
        paperId: paper,
        opensAt: hourFromNow(-1),
        closesAt: hourFromNow(1),
      })
    ).body.data.id;
    const res = await trainer.post(`/api/exams/${exam}/open`);
    expect(res.status).toBe(422);
    expect(res.body.errorCode).toBe('PAPER_RULE_SHORT');
    expect(res.body.errorMessage).toMatch(/Rule 2 .*tag "A".* needs 30 but only 15/);
    expect(res.body.field).toBe('rules.1');
  });

  it('refuses bad papers and exams', async () => {
    expect((await trainer.post('/api/exams/papers', { title: '空', mode: 'fixed', items: [] })).status).toBe(400);
    expect((await trainer.post('/api/exams/papers', { title: '空', mode: 'random', rules: [] })).status).toBe(400);
    expect(
      (await trainer.post('/api/exams/papers', { title: '无此题', mode: 'fixed', items: [{ questionId: 'nope' }] }))
        .status,
    ).toBe(422);
    expect(
      (await trainer.post('/api/exams/papers', { title: '负数', mode: 'random', rules: [{ count: -1 }] })).status,
    ).toBe(400);
    const closesFirst = await trainer.post('/api/exams', {
      title: 'x',
      kind: 'practical',
      opensAt: hourFromNow(2),
      closesAt: hourFromNow(1),
    });
    expect(closesFirst.body.field).toBe('closesAt');
    expect(
      (await trainer.post('/api/exams', { title: 'x', opensAt: hourFromNow(0), closesAt: hourFromNow(1) })).body.field,
    ).toBe('paperId');
  });
});
