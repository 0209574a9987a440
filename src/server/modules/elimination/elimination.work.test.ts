import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { evaluationKit, theoryResult, trainees } from '../evaluation/evaluation.testkit.js';
import { EXIT_TALK, INTERVIEW, newTrainee, okData } from './elimination.testkit.js';

// The home page's elimination work (issue 26): each step of a case waits on the person whose step
// it is — the training manager's interview and notice, appeals for the training manager and HR,
// HR's decision (due the first working day after the notice, here after the Spring Festival),
// the checklist and the exit talk — and leaves the list, with its notices read, once taken.

type Line = { key: string; kind: string; menu: string; due: string | null; link: string; params: any };

describe.each(DIALECTS)('elimination work on the home page on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let training: Client, hr: Client, teamlead: Client, manager: Client;
  const cases: string[] = [];

  const mine = async (c: Client) => {
    const res = okData(await c.get('/api/home/work'));
    return (res.items as Line[]).filter((l) => cases.some((id) => l.link === `/evaluation/cases/${id}`));
  };
  const kinds = async (c: Client) => (await mine(c)).map((l) => `${l.kind}:${l.link.split('/').at(-1)}`);
  const unread = async (username: string, link: string) =>
    db()
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select('n.kind')
      .where('u.username', '=', username)
      .where('n.link', '=', link)
      .where('n.read_at', 'is', null)
      .execute()
      .then((rows) => rows.map((r) => r.kind));

  beforeAll(async () => {
    [training, hr, teamlead, manager] = await Promise.all(
      ['training', 'hr', 'teamlead', 'manager'].map((u) => env.as(u)),
    );
  });
  afterAll(() => setClock());

  it('lists each step for the one who takes it, by due day, until it is taken', async () => {
    setClock('2026-02-12T02:00:00Z');
    for (const day of ['01-05', '01-06']) {
      const x = await newTrainee(env, hr, 'CS1-1', `2026-${day}`);
      const body = {
        employeeId: x,
        criterion: 'teamwork',
        summary: '团队协作差',
        evidenceText: '多次与同事冲突的书面记录',
      };
      cases.push(okData(await training.post('/api/elimination/cases', body)).id);
    }
    const [a, b] = cases;
    expect(await kinds(training)).toEqual([`eliminationInterview:${a}`, `eliminationInterview:${b}`].sort());
    expect(await kinds(hr)).toEqual([]);
    expect(await kinds(teamlead)).toEqual([]);
    const line = (await mine(training))[0];
    expect(line).toMatchObject({
      menu: 'evaluation-cases',
      due: null,
      link: `/evaluation/cases/${line.link.split('/').at(-1)}`,
    });

    for (const id of cases)
      okData(
        await training.post(`/api/elimination/cases/${id}/interview`, { ...INTERVIEW, heldAt: '2026-02-12T01:00:00Z' }),
      );
    expect((await kinds(training)).sort()).toEqual([`eliminationNotice:${a}`, `eliminationNotice:${b}`].sort());
    setClock('2026-02-13T02:00:00Z'); // a's notice ends Wed 2026-02-25 (Spring Festival in between)
    okData(await training.post(`/api/elimination/cases/${a}/notice`, {}));
    setClock('2026-02-24T02:00:00Z'); // b's ends Fri 2026-02-27
    okData(await training.post(`/api/elimination/cases/${b}/notice`, {}));
    expect(await kinds(training)).toEqual([]);

    // The team lead appeals a's notice: the training manager and HR may answer, due by its end.
    const appeal = okData(
      await teamlead.post(`/api/elimination/cases/${a}/appeals`, { reason: '该学员近期明显改善' }),
    ).id;
    for (const c of [training, hr])
      expect(await mine(c)).toEqual([
        expect.objectContaining({
          key: `eliminationAppeal:${appeal}`,
          due: '2026-02-25',
          link: `/evaluation/cases/${a}`,
          params: expect.objectContaining({ appellant: teamlead.me.name }),
        }),
      ]);
    expect(await kinds(teamlead)).toEqual([]);
    expect(await kinds(manager)).toEqual([]);
    expect(await unread('hr', `/evaluation/cases/${a}`)).toContain('elimination_appeal_filed');
    okData(
      await training.post(`/api/elimination/appeals/${appeal}/answer`, {
        outcome: 'rejected',
        answer: '经调查申诉不成立',
      }),
    );
    expect(await kinds(training)).toEqual([]);
    expect(await kinds(hr)).toEqual([]);
    // HR was told of the appeal; answered, it is read — only the answer's own notice is new.
    expect(await unread('hr', `/evaluation/cases/${a}`)).toEqual(['elimination_appeal_answered']);

    // After the notices: HR decides, soonest first — a's due the first working day after its end.
    setClock('2026-03-02T02:00:00Z'); // Monday
    const decisions = await mine(hr);
    expect(decisions.map((l) => [l.kind, l.link, l.due])).toEqual([
      ['eliminationDecision', `/evaluation/cases/${a}`, '2026-02-26'],
      ['eliminationDecision', `/evaluation/cases/${b}`, '2026-02-28'], // a make-up Saturday,
    ]);
    const counts = okData(await hr.get('/api/home/work')).counts;
    expect(counts['evaluation-cases']).toBeGreaterThanOrEqual(2);
    okData(
      await hr.post(`/api/elimination/cases/${a}/decision`, { decision: 'eliminate', reason: '公示期满，决定淘汰' }),
    );
    okData(await hr.post(`/api/elimination/cases/${b}/decision`, { decision: 'retain', reason: '再给一次机会' }));
    expect(okData(await hr.get('/api/home/work')).counts['evaluation-cases'] ?? 0).toBe(
      (counts['evaluation-cases'] ?? 0) - 1,
    );
    expect(await mine(hr)).toEqual([
      expect.objectContaining({
        kind: 'eliminationOffboarding',
        due: null,
        params: expect.objectContaining({ count: 3 }),
      }),
    ]);
    for (const item of ['wages_settled', 'badge_returned'])
      okData(await hr.post(`/api/elimination/cases/${a}/offboarding`, { item }));
    expect((await mine(hr))[0].params.count).toBe(1);
    okData(await hr.post(`/api/elimination/cases/${a}/offboarding`, { item: 'equipment_returned' }));
    expect(await kinds(hr)).toEqual([`eliminationExitTalk:${a}`]);
    okData(await hr.post(`/api/elimination/cases/${a}/exit-talk`, { ...EXIT_TALK, heldAt: '2026-03-02T01:00:00Z' }));
    expect(await kinds(hr)).toEqual([]);
    expect(await kinds(training)).toEqual([]);
  });
  it('asks the training manager to list a trainee who meets a criterion, until a case is opened', async () => {
    setClock('2026-12-02T02:00:00Z');
    const kit = await evaluationKit(env);
    const [p] = await trainees(env, 1, 'homelist');
    const propose = async (c: Client) =>
      (okData(await c.get('/api/home/work')).items as Line[]).filter(
        (l) => l.key === `eliminationPropose:${p.employeeId}`,
      );
    await theoryResult(kit, p, 40);
    expect(await propose(training)).toEqual([]); // one failure: at risk, not met
    await theoryResult(kit, p, 50);
    const [line] = await propose(training);
    expect(line).toMatchObject({ kind: 'eliminationPropose', menu: 'evaluation-cases', due: null });
    expect(Object.fromEntries(new URL(line.link, 'http://x').searchParams)).toMatchObject({
      open: p.employeeId,
      criterion: 'theory_fails',
    });
    for (const c of [hr, teamlead]) expect(await propose(c)).toEqual([]);
    const id = okData(
      await training.post('/api/elimination/cases', {
        employeeId: p.employeeId,
        criterion: 'theory_fails',
        summary: '理论考核连续两次不及格',
      }),
    ).id;
    expect(await propose(training)).toEqual([]);
    cases.push(id);
    expect(await kinds(training)).toEqual([`eliminationInterview:${id}`]);
  });
});
