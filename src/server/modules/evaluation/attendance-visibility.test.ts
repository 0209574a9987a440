import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { teamIdOf } from '../../test/helpers.js';
import { at, catalogue, day, learners, okData, schedule, type Kit } from '../training/shared/training.testkit.js';
import { criterion } from './evaluation.testkit.js';

// Criterion 4 of SPEC §6 (unexcused lateness, early leave, absence: 3 in the training period,
// approved leave excluded) with its evidence, and who may see a trainee's evaluation (SPEC §1):
// a team lead their team, a center manager their department, HR and training everyone, a trainee
// only their own (through /me), an agent nobody's.

describe.each(DIALECTS)('attendance criterion and visibility on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let trainer: Client;
  let people: Awaited<ReturnType<typeof learners>>;

  beforeAll(async () => {
    kit = await catalogue(env);
    trainer = await env.as('trainer');
    people = await learners(env, 2, 'evatt');
  }, 60_000);

  const take = (session: string, records: unknown[]) =>
    trainer.put(`/api/training/sessions/${session}/attendance`, { records });
  const evaluate = async (c: Client, id: string) => okData(await c.get(`/api/evaluation/trainees/${id}`));

  it('counts unexcused lateness, early leave and absence; an approved leave excuses; three meet criterion 4', async () => {
    const [g, h] = people;
    const d = day(-2);
    const s: string[] = [];
    for (const [from, to] of [
      ['08:00', '09:00'],
      ['09:00', '10:00'],
      ['10:00', '11:00'],
      ['11:00', '12:00'],
      ['13:00', '14:00'],
    ]) {
      s.push(
        await schedule(kit, {
          room: 'E1',
          startsAt: at(d, from),
          endsAt: at(d, to),
          employeeIds: [g.employeeId, h.employeeId],
        }),
      );
    }
    // g asks for leave from the third session after it began; the manager approves it.
    const leave = okData(await g.client.post(`/api/training/sessions/${s[2]}/leave`, { reason: '家中急事' }));
    okData(await kit.manager.post(`/api/training/leave/${leave.id}/decision`, { decision: 'approve' }));
    okData(
      await take(s[0], [
        { employeeId: g.employeeId, status: 'late', minutes: 15 },
        { employeeId: h.employeeId, status: 'present' },
      ]),
    );
    okData(await take(s[1], [{ employeeId: g.employeeId, status: 'left_early', minutes: 30 }]));
    okData(await take(s[2], [{ employeeId: g.employeeId, status: 'late', minutes: 20 }])); // excused by the approved leave

    let c = criterion(await evaluate(kit.manager, g.employeeId), 'attendance_breaches');
    expect(c).toMatchObject({ met: false, atRisk: true, facts: { count: 2, threshold: 3 } });
    expect(c.evidence.map((e: any) => [e.id, e.detail, e.minutes, e.date])).toEqual([
      [s[0], 'late', 15, d],
      [s[1], 'left_early', 30, d],
    ]);
    expect(c.trigger).toContain('one more');

    okData(await take(s[3], [{ employeeId: g.employeeId, status: 'absent' }]));
    c = criterion(await evaluate(kit.manager, g.employeeId), 'attendance_breaches');
    expect(c).toMatchObject({ met: true, atRisk: false, facts: { count: 3 } });
    expect(c.evidence.map((e: any) => e.detail)).toEqual(['late', 'left_early', 'absent']);
    // A correction to present takes the breach away again.
    okData(await take(s[3], [{ employeeId: g.employeeId, status: 'present', note: '补录' }]));
    expect(criterion(await evaluate(kit.manager, g.employeeId), 'attendance_breaches')).toMatchObject({
      met: false,
      atRisk: true,
    });
    okData(await take(s[3], [{ employeeId: g.employeeId, status: 'absent' }]));
    expect(criterion(await evaluate(kit.manager, h.employeeId), 'attendance_breaches')).toMatchObject({
      met: false,
      atRisk: false,
      evidence: [],
    });
  });

  it('shows a trainee’s evaluation to training and HR, to a team lead or manager only within their scope, and to the trainee as /me', async () => {
    const [g] = people;
    const [lead, manager, hr, agent] = await Promise.all(['teamlead', 'manager', 'hr', 'agent'].map((u) => env.as(u)));
    // The trainee sits in the new-hire team (training department): outside this lead's team and this manager's department.
    expect((await lead.get(`/api/evaluation/trainees/${g.employeeId}`)).status).toBe(404);
    expect((await manager.get(`/api/evaluation/trainees/${g.employeeId}`)).status).toBe(404);
    expect(okData<any[]>(await lead.get('/api/evaluation/at-risk')).some((r) => r.employeeId === g.employeeId)).toBe(
      false,
    );
    expect(okData<any[]>(await manager.get('/api/evaluation/at-risk')).some((r) => r.employeeId === g.employeeId)).toBe(
      false,
    );
    expect((await lead.get(`/api/evaluation/trainees/${g.employeeId}/certification`)).status).toBe(404);
    expect(okData(await hr.get(`/api/evaluation/trainees/${g.employeeId}`)).met).toBe(true);
    // An agent may not read evaluations at all; a trainee reads only their own, through /me.
    expect((await agent.get('/api/evaluation/at-risk')).status).toBe(403);
    expect((await agent.get(`/api/evaluation/trainees/${g.employeeId}`)).status).toBe(403);
    expect((await g.client.get(`/api/evaluation/trainees/${g.employeeId}`)).status).toBe(403);
    expect((await g.client.get('/api/evaluation/at-risk')).status).toBe(403);
    const mine = okData(await g.client.get('/api/evaluation/me'));
    expect(mine.employeeId).toBe(g.employeeId);
    expect(criterion(mine, 'attendance_breaches').met).toBe(true);
    expect(okData(await agent.get('/api/evaluation/me')).employeeId).toBe(agent.me.employeeId);

    // Moved into the lead's team (which is in the manager's department), the trainee is in both scopes.
    const person = okData(await hr.get(`/api/employees/${g.employeeId}`));
    okData(
      await hr.post(`/api/employees/${g.employeeId}/move`, {
        teamId: await teamIdOf(env.handle.db, 'CS1-1'),
        effectiveDate: day(0),
        reason: '调入零售一组',
        version: person.version,
      }),
    );
    expect(okData(await lead.get(`/api/evaluation/trainees/${g.employeeId}`)).met).toBe(true);
    expect(okData<any[]>(await lead.get('/api/evaluation/at-risk')).map((r) => r.employeeId)).toEqual([g.employeeId]);
    expect(okData<any[]>(await manager.get('/api/evaluation/at-risk')).map((r) => r.employeeId)).toContain(
      g.employeeId,
    );
  });
});
