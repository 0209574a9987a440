import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, setClock } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { clearSessionCache } from '../../../lib/sessions.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { identity } from '../../people/identity.service.js';
import { addAgent, addKpiWeek, addQaWeek, scorecard } from './warnings.testkit.js';

// Early warnings through HTTP (issue 22 item 5) on a center of constructed weeks. The clock stands
// on Wednesday 2031-03-12, so with analytics.warnings.weeks = 4 the sweep judges the weeks of
// Mondays 2031-02-10, -17, -24 and 03-03 — long after the demo's own evaluations and calls.
const NOW = '2031-03-12T04:00:00.000Z';
const W = ['2031-02-10', '2031-02-17', '2031-02-24', '2031-03-03'];
const KPI = { handled: 50, talk: 240, hold: 30, wrap: 30, fcr: 80, csat: 4.5 };

describe.each(DIALECTS)('early warnings on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client;
  let lead: Client;
  const ids: Record<string, string> = {};
  let itemX: { key: string; label: string };
  let itemY: { key: string; label: string };

  const list = async (c: Client, q = '') => {
    const res = await c.get(`/api/analytics/warnings?status=all&pageSize=200${q}`);
    expect(res.status).toBe(200);
    return (res.body.data as any[]).filter((w) => Object.values(ids).includes(w.employeeId));
  };
  const sweep = async () => {
    const res = await training.post('/api/analytics/warnings/sweep');
    expect(res.status).toBe(200);
    return res.body.data;
  };
  const setSetting = async (key: string, value: number) => {
    const admin = await env.as('admin');
    expect((await admin.put(`/api/settings/${key}`, { value, reason: '预警测试' })).status).toBe(200);
  };

  beforeAll(async () => {
    setClock(NOW);
    const db = env.handle.db;
    training = await env.as('training');
    lead = await env.as('teamlead');
    const leadTeam = (await identity(db, await employeeIdOf(db, 'teamlead')))!.teamId;
    const other = (
      await db.selectFrom('teams').select('id').where('id', '!=', leadTeam).orderBy('id').executeTakeFirstOrThrow()
    ).id;
    const card = await scorecard(db);
    [itemX, itemY] = [card.items[0]!, card.items[1]!];
    // A: QA 90 → 78 in a straight line, lost on item X; B: a 3-point slide (under qaDropPoints);
    // C: a steep fall but evaluated in only two of the four weeks; F: down 10 but not every week.
    ids.A = await addAgent(db, leadTeam, '预警甲');
    ids.B = await addAgent(db, leadTeam, '预警乙');
    ids.C = await addAgent(db, leadTeam, '预警丙');
    ids.F = await addAgent(db, leadTeam, '预警己');
    // D: handle time 300 → 390 s from hold; E: the same but with 10 contacts a week (under minWeeklyContacts).
    ids.D = await addAgent(db, other, '预警丁');
    ids.E = await addAgent(db, other, '预警戊');
    const split = (score: number, onX: number) => ({ [itemX.key]: onX, [itemY.key]: 100 - score - onX });
    const a = [90, 86, 82, 78];
    for (let i = 0; i < 4; i++) {
      await addQaWeek(db, card, ids.A, W[i]!, [a[i]!, a[i]!], (s) => split(s, 4 + 4 * i));
      await addQaWeek(db, card, ids.B, W[i]!, [90 - i], (s) => split(s, 5));
      await addQaWeek(db, card, ids.F, W[i]!, [[90, 84, 86, 80][i]!], (s) => split(s, 5));
      await addKpiWeek(db, ids.D, W[i]!, { ...KPI, hold: 30 + 30 * i });
      await addKpiWeek(db, ids.E, W[i]!, { ...KPI, handled: 10, hold: 30 + 30 * i });
    }
    await addQaWeek(db, card, ids.C, W[0]!, [95], (s) => split(s, 2));
    await addQaWeek(db, card, ids.C, W[3]!, [60], (s) => split(s, 20));
  }, 60_000);

  afterAll(() => setClock());

  it('flags a QA decline by the slope with the item that drove it, and tells the lead', async () => {
    const result = await sweep();
    expect(result.weeks).toEqual(W);
    const ws = await list(training);
    const a = ws.filter((w) => w.employeeId === ids.A);
    expect(a.map((w) => w.metric)).toEqual(['qa']);
    expect(a[0]).toMatchObject({ status: 'open', method: 1, fall: 12, threshold: 5, name: '预警甲' });
    expect(a[0].weeks.map((w: any) => w.value)).toEqual([90, 86, 82, 78]);
    expect(a[0].causes[0]).toMatchObject({
      kind: 'item',
      key: itemX.key,
      label: itemX.label,
      first: 4,
      last: 16,
      change: 12,
    });
    const notices = await lead.get('/api/notifications?pageSize=100');
    expect(
      (notices.body.data as any[]).some((n) => n.kind === 'analytics_warning' && n.params?.name === '预警甲'),
    ).toBe(true);
  });

  it('flags a KPI decline with its component, judged as a percent of where it started', async () => {
    const d = (await list(training)).filter((w) => w.employeeId === ids.D);
    expect(d.map((w) => w.metric)).toEqual(['aht']);
    expect(d[0]).toMatchObject({ fall: 90, fallPercent: 30, threshold: 10 });
    expect(d[0].causes.map((c: any) => c.key)).toEqual(['hold']);
    expect(d[0].causes[0]).toMatchObject({ kind: 'component', first: 30, last: 120 });
  });

  it('does not flag a fall under the threshold, too few weeks evaluated or too few contacts', async () => {
    const ws = await list(training);
    for (const k of ['B', 'C', 'E']) expect(ws.filter((w) => w.employeeId === ids[k])).toEqual([]);
  });

  it('method 2 needs every week worse than the one before; method 1 takes the slope', async () => {
    expect((await list(training)).filter((w) => w.employeeId === ids.F).map((w) => w.metric)).toEqual(['qa']);
    await setSetting('analytics.warnings.method', 2);
    try {
      await sweep();
      const ws = await list(training);
      expect(ws.find((w) => w.employeeId === ids.F)).toMatchObject({ status: 'resolved' });
      expect(ws.find((w) => w.employeeId === ids.A && w.metric === 'qa')).toMatchObject({
        status: 'open',
        method: 2,
        fall: 12,
      });
    } finally {
      await setSetting('analytics.warnings.method', 1);
    }
  });

  it('keeps one live warning per person and metric across sweeps', async () => {
    await sweep(); // back on method 1: F's decline is flagged anew
    const before = (await list(training)).filter((w) => w.employeeId === ids.A && w.status !== 'resolved');
    const again = await sweep();
    expect(again.created).toBe(0);
    const after = (await list(training)).filter((w) => w.employeeId === ids.A && w.status !== 'resolved');
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(before[0].id);
    expect(after[0].version).toBeGreaterThan(before[0].version);
  });

  it('shows a lead only their own team, and hides the rest as not found', async () => {
    const ws = await list(lead);
    expect(ws.some((w) => w.employeeId === ids.A)).toBe(true);
    expect(ws.some((w) => w.employeeId === ids.D)).toBe(false);
    const d = (await list(training)).find((w) => w.employeeId === ids.D);
    expect((await lead.get(`/api/analytics/warnings/${d.id}`)).status).toBe(404);
    expect((await lead.post(`/api/analytics/warnings/${d.id}/actions`, { kind: 'drills', note: '越权' })).status).toBe(
      404,
    );
    expect((await (await env.as('agent')).get('/api/analytics/warnings')).status).toBe(403);
  });

  it('leaves out a person the lead sees through another relation (a mentee in another team)', async () => {
    const db = env.handle.db;
    const at = '2031-01-01T00:00:00.000Z';
    await db
      .insertInto('training_mentor_assignments')
      .values({
        id: newId(),
        trainee_id: ids.D!,
        mentor_id: await employeeIdOf(db, 'teamlead'),
        mode: 'one_to_one',
        plan_id: null,
        start_date: '2031-01-01',
        end_date: null,
        status: 'active',
        end_reason: null,
        replaces_id: null,
        created_by: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    clearSessionCache();
    const mentor = await env.as('teamlead');
    expect((await mentor.get(`/api/employees/${ids.D}`)).status).toBe(200); // D is in their sight …
    expect((await list(mentor)).some((w) => w.employeeId === ids.D)).toBe(false); // … but not their warning
  });

  it('closes an open warning when the lead records an action, and resolves it when the decline ends', async () => {
    const a = (await list(lead)).find((w) => w.employeeId === ids.A && w.status === 'open');
    expect(
      (await lead.post(`/api/analytics/warnings/${a.id}/actions`, { kind: 'retraining', note: '', dueDate: null }))
        .status,
    ).toBe(400);
    expect(
      (
        await lead.post(`/api/analytics/warnings/${a.id}/actions`, {
          kind: 'retraining',
          note: '补训',
          dueDate: '2031-03-01',
        })
      ).body.errorCode,
    ).toBe('WARNING_DUE_PAST');
    const res = await lead.post(`/api/analytics/warnings/${a.id}/actions`, {
      kind: 'retraining',
      note: '回炉补训服务规范',
      dueDate: '2031-03-20',
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      status: 'closed',
      actions: [{ kind: 'retraining', note: '回炉补训服务规范' }],
    });
    const history = await lead.get('/api/analytics/warnings/actions');
    expect((history.body.data as any[]).some((h) => h.warningId === a.id && h.name === '预警甲')).toBe(true);

    // A week later the score is back up: the slope turns and the sweep resolves the warning.
    const card = await scorecard(env.handle.db);
    await addQaWeek(env.handle.db, card, ids.A, addDays(W[3]!, 7), [95, 95], () => ({ [itemX.key]: 5 }));
    setClock('2031-03-19T04:00:00.000Z');
    await sweep();
    const after = (await list(training)).find((w) => w.id === a.id);
    expect(after).toMatchObject({ status: 'resolved' });
    expect(after.resolvedAt).toBeTruthy();
    const late = await lead.post(`/api/analytics/warnings/${a.id}/actions`, { kind: 'drills', note: '再练' });
    expect(late.status).toBe(409);
    expect(late.body.errorCode).toBe('WARNING_RESOLVED');
  });
});
