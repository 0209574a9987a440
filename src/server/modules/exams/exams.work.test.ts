import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { workOf } from '../../test/work-list.js';
import { employeeIdOf, ensureCalendarYears, userIdOf } from '../../test/helpers.js';
import { addQuestion, cohortAccounts, hourFromNow, openExam, SAMPLE } from './shared/exams.testkit.js';

// The exams' work on the home page (issue 26): an examinee's open exams by closing day, gone
// once handed in; a grader's essays to mark, per exam, gone once marked — and no one else's.
const MINE = new Set(['examsOpen', 'examsResume', 'examsGrade']);
const work = (c: Client) => workOf(c, ...MINE);

describe.each(DIALECTS)('exams work on the home page on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client;
  let trainer: Client;
  let trainee: Client;
  let other: Client;
  let soon: string;
  let later: string;
  let othersOnly: string;
  let essay: string;

  beforeAll(async () => {
    setClock('2027-03-10T02:00:00Z'); // a Wednesday, 10:00 in the center
    await ensureCalendarYears(env, '2027-01-01', '2027-12-31');
    training = await env.as('training');
    trainer = await env.as('trainer');
    trainee = await env.as('trainee');
    const [p] = await cohortAccounts(env, 1, 'examwork');
    other = await env.as(p!.username);
    const me = await employeeIdOf(env.handle.db, 'trainee');
    essay = await addQuestion(training, SAMPLE.essay);
    const paper = { title: '论述', mode: 'fixed', items: [{ questionId: essay }] };
    ({ examId: later } = await openExam(training, {
      paper,
      examinees: [me, p!.employeeId],
      exam: { title: '后关闭', closesAt: hourFromNow(48) },
    }));
    ({ examId: soon } = await openExam(training, { paper, examinees: [me], exam: { title: '先关闭' } }));
    ({ examId: othersOnly } = await openExam(training, {
      paper,
      examinees: [p!.employeeId],
      exam: { title: '别人的' },
    }));
  });
  afterAll(() => setClock());

  it("lists an examinee's open exams by closing day, and not another person's", async () => {
    const { items, counts } = await work(trainee);
    expect(items.map((i) => [i.kind, i.link, i.menu, i.due])).toEqual([
      ['examsOpen', `/exams/my?id=${soon}`, 'exams-my', '2027-03-10'],
      ['examsOpen', `/exams/my?id=${later}`, 'exams-my', '2027-03-12'],
    ]);
    expect(items[0]!.params).toEqual({ title: '先关闭' });
    expect(counts['exams-my']).toBe(2);
    expect((await work(other)).items.map((i) => i.link)).toEqual([
      `/exams/my?id=${othersOnly}`,
      `/exams/my?id=${later}`,
    ]);
  });

  it('points at the running attempt, and drops the exam once handed in', async () => {
    const a = (await trainee.post(`/api/exams/${soon}/attempts`)).body.data;
    const { items } = await work(trainee);
    expect(items[0]).toMatchObject({ kind: 'examsResume', link: `/exams/attempts/${a.attemptId}` });
    await trainee.put(`/api/exams/attempts/${a.attemptId}/answers/${essay}`, { text: '先共情再复述' });
    expect((await trainee.post(`/api/exams/attempts/${a.attemptId}/submit`)).status).toBe(200);
    const after = await work(trainee);
    expect(after.items.map((i) => i.link)).toEqual([`/exams/my?id=${later}`]);
    expect(after.counts['exams-my']).toBe(1);
  });

  it('gives the named grader the essays to mark, not the author, and drops them once marked', async () => {
    // Before graders are named, the author grades.
    const byAuthor = (await work(training)).items;
    expect(byAuthor.map((i) => [i.kind, i.link, i.params.count])).toEqual([
      ['examsGrade', `/exams/grading?examId=${soon}`, 1],
    ]);
    expect((await work(trainer)).items).toEqual([]);
    const trainerId = await userIdOf(env.handle.db, 'trainer');
    expect((await training.put(`/api/exams/${soon}/graders`, { userIds: [trainerId] })).status).toBe(200);
    expect((await work(training)).items).toEqual([]);
    const { items, counts } = await work(trainer);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'examsGrade',
        menu: 'exams-grading',
        due: '2027-03-10',
        params: { title: '先关闭', count: 1 },
      }),
    ]);
    expect(counts['exams-grading']).toBe(1);
    const [task] = (await trainer.get(`/api/exams/grading/queue?examId=${soon}`)).body.data;
    expect((await trainer.put(`/api/exams/grading/items/${task.itemId}`, { score: 4 })).status).toBe(200);
    const after = await work(trainer);
    expect(after.items).toEqual([]);
    expect(after.counts['exams-grading']).toBeUndefined();
  });
});
