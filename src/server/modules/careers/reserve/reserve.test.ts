import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { accountFor, employeeIdOf, expectError } from '../../../test/helpers.js';
import { scoreSession } from '../../quality/feedback/feedback.testkit.js';
import { publishedForm } from '../../quality/forms/forms.testkit.js';
import { okData } from '../../training/shared/training.testkit.js';
import { careerEventsOf } from '../shared/events.js';
import { openRound, person, publishedTotals, roundNow, roundsUrl } from './reserve.testkit.js';

// A reserve round end to end through HTTP (SPEC §11, issue 21): HR drafts and opens it; eligible
// agents enter inside the window (others are told which criteria they miss); a lead recommends
// their people; HR screens with reasons and publishes the shortlist. Who sees what is tried from
// each side: an agent sees the published list and their own entry, never others' screening.

describe.each(DIALECTS)('reserve rounds and nominations on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, lead: Client, agent: Client, x: Client, y: Client, newbie: Client;
  const p = {} as Record<'agent' | 'R' | 'L' | 'X' | 'Y' | 'N', string>;
  let round: { id: string; version: number };
  const url = (tail = '') => `${roundsUrl}/${round.id}${tail}`;
  const version = async () => (await roundNow(hr, round.id)).version;
  const entries = async (c: Client) => okData<any[]>(await c.get(url('/nominations')));
  const entryOf = async (id: string) => (await entries(hr)).find((n) => n.employeeId === id);
  const notices = async (c: Client) =>
    okData<{ kind: string }[]>(await c.get('/api/notifications?pageSize=200')).map((n) => n.kind);

  beforeAll(async () => {
    setClock('2026-12-15T02:00:00Z');
    hr = await env.as('hr');
    lead = await env.as('teamlead');
    agent = await env.as('agent');
    p.agent = await employeeIdOf(db(), 'agent');
    p.R = await person(hr, db(), 'CS1-1', { name: '任思远' }); // the lead's, judged on QA
    p.L = await person(hr, db(), 'CS1-1', { name: '林新', hireDate: '2026-10-01' });
    p.X = await person(hr, db(), 'CS2-1', { name: '许晓' });
    p.Y = await person(hr, db(), 'CS2-2', { name: '叶青' });
    p.N = await person(hr, db(), 'CS2-2', { name: '倪欣', hireDate: '2026-10-08' });
    await publishedTotals(db(), '2026年第三季度', '2026-09-30', { [p.agent]: 90, [p.X]: 88, [p.Y]: 85 });
    const qa = await env.as('qa');
    await scoreSession(qa, (await publishedForm(qa)).id, p.R, '2026-12-01');
    x = (await accountFor(env, p.X, ['agent'], 'resx')).client;
    y = (await accountFor(env, p.Y, ['agent'], 'resy')).client;
    newbie = (await accountFor(env, p.N, ['agent'], 'resn')).client;
  });
  afterAll(() => setClock());

  it('HR drafts a round with the default window and the settings; others cannot see a draft', async () => {
    expectError(
      await hr.post(roundsUrl, { name: '错序', nominationsOpen: '2026-12-20', nominationsClose: '2026-12-19' }),
      400,
      'WINDOW_ORDER',
      'nominationsClose',
    );
    expectError(await agent.post(roundsUrl, { name: '坐席不能建' }), 403);
    const draft = okData(await hr.post(roundsUrl, { name: '2026年第四季度储备团队长竞聘', seats: 2 }));
    expect(draft).toMatchObject({
      status: 'draft',
      nominationsOpen: '2026-12-15',
      nominationsClose: '2026-12-24',
      talkMinutes: 3,
      seats: 2,
      criteria: { minTenureMonths: 6, topSharePercent: 33, disciplineWindowMonths: 12 },
    });
    round = draft;
    expectError(await agent.get(url()), 404);
    expect(okData<any[]>(await agent.get(roundsUrl)).map((r) => r.id)).not.toContain(round.id);
    expectError(await hr.post(url('/open'), { version: draft.version + 1 }), 409, 'STALE');
    okData(await hr.post(url('/open'), { version: draft.version }));
    expectError(await hr.post(url('/open'), { version: await version() }), 409, 'ROUND_NOT_DRAFT');
    expect(okData<any[]>(await agent.get(roundsUrl)).map((r) => r.id)).toContain(round.id);
    // Opening tells those who may enter, and nobody else.
    expect(await notices(agent)).toContain('careers_round_open');
    expect(await notices(newbie)).not.toContain('careers_round_open');
  });

  it('an eligible agent enters with a statement; the ineligible are told what they miss', async () => {
    const me = okData(await agent.get(url('/me')));
    expect(me).toMatchObject({ eligibility: { eligible: true }, entry: null });
    okData(await agent.post(url('/nominations'), { statement: '本季度质检均分第一，想带好新人' }));
    expectError(await agent.post(url('/nominations'), { statement: '再报一次' }), 409, 'ALREADY_ENTERED');
    const refused = await newbie.post(url('/nominations'), { statement: '我也想试试' });
    expectError(refused, 422, 'RESERVE_NOT_ELIGIBLE');
    expect(refused.body.errorMessage).toMatch(/tenure/);
    expectError(await agent.post(url('/nominations'), { statement: ' ' }), 400, undefined, 'statement');
    okData(await x.post(url('/nominations'), { statement: '信用卡组业绩稳定' }));
    okData(await y.post(url('/nominations'), { statement: '愿意尝试' }));
  });

  it('entries are refused outside the window; HR edits the window and cancels', async () => {
    const later = await openRound(hr, {
      name: '下季度',
      nominationsOpen: '2027-01-05',
      nominationsClose: '2027-01-10',
    });
    expectError(
      await agent.post(`${roundsUrl}/${later.id}/nominations`, { statement: '提前报名' }),
      409,
      'NOMINATIONS_CLOSED',
    );
    const later2 = `${roundsUrl}/${later.id}`;
    expectError(
      await hr.patch(later2, { nominationsClose: '2027-01-04', version: later.version }),
      400,
      'WINDOW_ORDER',
    );
    const moved = okData(await hr.patch(later2, { nominationsClose: '2027-01-12', version: later.version }));
    expect(moved).toMatchObject({ nominationsOpen: '2027-01-05', nominationsClose: '2027-01-12' });
    expectError(await hr.patch(later2, { name: '旧版本', version: later.version }), 409, 'STALE');
    okData(await hr.post(`${later2}/cancel`, { version: moved.version }));
    expectError(await hr.post(`${later2}/cancel`, { version: moved.version + 1 }), 409, 'ROUND_FINISHED');
    expectError(await hr.patch(later2, { name: '已取消', version: moved.version + 1 }), 409, 'ROUND_NOT_EDITABLE');
  });

  it('a lead recommends their people: added to an entry, or a new entry; never outside their team', async () => {
    okData(await lead.post(url('/recommendations'), { employeeId: p.agent, note: '业务扎实，乐于帮助组员' }));
    expect(await entryOf(p.agent)).toMatchObject({ source: 'self', recommendation: '业务扎实，乐于帮助组员' });
    expect((await entryOf(p.agent)).recommendedByName).toBeTruthy();
    expectError(
      await lead.post(url('/recommendations'), { employeeId: p.agent, note: '再推荐' }),
      409,
      'ALREADY_RECOMMENDED',
    );
    okData(await lead.post(url('/recommendations'), { employeeId: p.R, note: '质检成绩优秀' }));
    expect(await entryOf(p.R)).toMatchObject({ source: 'lead', statement: null, status: 'nominated' });
    expectError(
      await lead.post(url('/recommendations'), { employeeId: p.L, note: '新人' }),
      422,
      'RESERVE_NOT_ELIGIBLE',
    );
    expectError(await lead.post(url('/recommendations'), { employeeId: p.X, note: '别组的' }), 404);
    expectError(await agent.post(url('/recommendations'), { employeeId: p.agent, note: '自荐' }), 403);
  });

  it('a person withdraws before screening, once', async () => {
    const mine = okData(await y.get(url('/me'))).entry;
    okData(await y.post(`/api/careers/reserve/nominations/${mine.id}/withdraw`));
    expect((await entryOf(p.Y)).status).toBe('withdrawn');
    expectError(await y.post(`/api/careers/reserve/nominations/${mine.id}/withdraw`), 409, 'CANNOT_WITHDRAW');
    expectError(await x.post(`/api/careers/reserve/nominations/${mine.id}/withdraw`), 404);
  });

  it('leads see their scope; agents see neither entries nor eligibility lists', async () => {
    expect((await entries(hr)).map((n) => n.employeeId).sort()).toEqual([p.agent, p.R, p.X, p.Y].sort());
    expect((await entries(lead)).map((n) => n.employeeId).sort()).toEqual([p.agent, p.R].sort());
    const scope = okData<any[]>(await lead.get(url('/eligibility')));
    expect(scope.map((r) => r.employeeId)).toEqual(expect.arrayContaining([p.agent, p.R, p.L]));
    expect(scope.map((r) => r.employeeId)).not.toContain(p.X);
    expect(scope.find((r) => r.employeeId === p.R)).toMatchObject({ nominationStatus: 'nominated', recommended: true });
    expectError(await agent.get(url('/nominations')), 403);
    expectError(await agent.get(url('/eligibility')), 403);
  });

  it('HR screens with a reason after entries close, then publishes the shortlist', async () => {
    const xEntry = await entryOf(p.X);
    const screen = (id: string, body: object) => hr.post(`/api/careers/reserve/nominations/${id}/screen`, body);
    expectError(
      await screen(xEntry.id, { decision: 'decline', reason: '待加强', version: xEntry.version }),
      409,
      'ROUND_NOT_SCREENING',
    );
    okData(await hr.post(url('/close'), { version: await version() }));
    expectError(await agent.post(url('/nominations'), { statement: '晚了' }), 409, 'NOMINATIONS_CLOSED');
    expectError(await hr.post(url('/publish'), { version: await version() }), 409, 'UNSCREENED_ENTRIES');
    expectError(await screen(xEntry.id, { decision: 'decline', version: xEntry.version }), 400, undefined, 'reason');
    expectError(await screen(xEntry.id, { decision: 'decline', reason: '理由', version: 99 }), 409, 'STALE');
    okData(await screen(xEntry.id, { decision: 'decline', reason: 'SECRET 团队协作待加强', version: xEntry.version }));
    const a = await entryOf(p.agent);
    okData(await screen(a.id, { decision: 'shortlist', reason: '业绩稳居前列', version: a.version }));
    const r = await entryOf(p.R);
    okData(await screen(r.id, { decision: 'shortlist', reason: '质检优秀', version: r.version }));
    expect(okData<any[]>(await agent.get(url('/shortlist')))).toEqual([]); // not published yet
    expect(okData<any[]>(await hr.get(url('/shortlist')))).toHaveLength(2);
    okData(await hr.post(url('/publish'), { version: await version() }));
    expectError(await hr.post(url('/publish'), { version: await version() }), 409, 'ROUND_NOT_SCREENING');
  });

  it("agents see the published list and their own outcome, never others' screening", async () => {
    for (const c of [agent, x]) {
      const res = await c.get(url('/shortlist'));
      const list = okData<any[]>(res);
      expect(list.map((e) => e.employeeId).sort()).toEqual([p.agent, p.R].sort());
      expect(Object.keys(list[0]).sort()).toEqual([
        'departmentName',
        'employeeId',
        'name',
        'nominationId',
        'statement',
        'teamName',
      ]);
      expect(res.raw).not.toMatch(/SECRET|业绩稳居前列|质检优秀|许晓|eligibility|screeningReason/);
    }
    const mine = okData(await x.get(url('/me')));
    expect(mine.entry).toMatchObject({ status: 'declined', screeningReason: 'SECRET 团队协作待加强' });
    const own = okData(await agent.get(url('/me')));
    expect(own.entry).toMatchObject({ status: 'shortlisted', screeningReason: '业绩稳居前列' });
    expect(JSON.stringify(own)).not.toMatch(/SECRET/);
    expect(await notices(agent)).toContain('careers_shortlisted');
    expect(await notices(x)).toContain('careers_declined');
  });

  it("writes each step to the person's career record", async () => {
    const kinds = async (id: string) => (await careerEventsOf(db(), id)).map((e) => e.kind);
    expect(await kinds(p.agent)).toEqual(['reserve_nominated', 'reserve_recommended', 'reserve_shortlisted']);
    expect(await kinds(p.R)).toEqual(['reserve_recommended', 'reserve_shortlisted']);
    expect(await kinds(p.X)).toEqual(['reserve_nominated', 'reserve_declined']);
  });
});
