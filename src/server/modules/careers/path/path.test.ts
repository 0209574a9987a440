import { beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import { okData } from '../../training/shared/training.testkit.js';
import { addTrainer } from '../levels/levels.testkit.js';
import { insertNomination, insertRound } from '../panel/panel.testkit.js';
import { recordCareerEvent } from '../shared/events.js';

// My path (SPEC §11, issue 21 item 4): an agent sees the reserve criteria with their evidence and
// the running round with their entry; a trainee the step to regular status as the new-hire
// evaluation sees it; an internal trainer their next level; a team lead no next step. The record
// merges career events with the dated status changes (a promotion to key staff shows up from the
// people module's history). Only oneself, or a person in the caller's scope, is shown.

describe.each(DIALECTS)('career path on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let agent: Client, trainee: Client, trainer: Client, lead: Client, hr: Client;
  let who: Record<string, string>;
  let roundId: string;

  beforeAll(async () => {
    setClock('2026-11-20T02:00:00Z');
    [agent, trainee, trainer, lead, hr] = await Promise.all(
      ['agent', 'trainee', 'trainer', 'teamlead', 'hr'].map((u) => env.as(u)),
    );
    who = {};
    for (const u of ['agent', 'trainee', 'trainer', 'teamlead', 'mentor', 'qa']) who[u] = await employeeIdOf(db(), u);
    roundId = await insertRound(db(), { status: 'nominating', name: '四季度竞聘' });
    await insertNomination(db(), roundId, who.agent, 'nominated');
    await recordCareerEvent(db(), {
      employeeId: who.agent,
      kind: 'reserve_nominated',
      day: '2026-11-05',
      roundId,
      detail: { roundName: '四季度竞聘' },
    });
  });

  it('shows an agent the reserve criteria with evidence, the running round, their entry and their record', async () => {
    const path = okData(await agent.get('/api/careers/path/me'));
    expect(path.person).toMatchObject({ employeeId: who.agent, status: 'regular' });
    expect(path.steps.map((s: any) => s.kind)).toEqual(['reserve_team_lead']);
    const [step] = path.steps;
    expect(step.eligibility.criteria.map((c: any) => c.key)).toEqual(['status', 'tenure', 'results', 'discipline']);
    expect(step.eligibility.criteria.find((c: any) => c.key === 'status').met).toBe(true);
    expect(step.eligibility.criteria.find((c: any) => c.key === 'tenure')).toMatchObject({
      met: true,
      threshold: 6,
    });
    expect(step.round).toMatchObject({ id: roundId, status: 'nominating', name: '四季度竞聘' });
    expect(step.entry).toEqual({ status: 'nominated', outcome: null });
    // Newest first: the entry of November, then the status changes of the hire.
    expect(path.record[0]).toMatchObject({ kind: 'reserve_nominated', day: '2026-11-05', roundId });
    const changes = path.record.filter((r: any) => r.kind === 'status_change').map((r: any) => r.toStatus);
    expect(changes.at(-1)).toBe('trainee');
    expect(changes[0]).toBe('regular');
  });

  it('shows a promotion from the status history without any career event', async () => {
    const qaRow = okData(await hr.get(`/api/employees/${who.qa}`));
    okData(
      await hr.post(`/api/employees/${who.qa}/status`, {
        status: 'key_staff',
        effectiveDate: '2026-11-18',
        reason: '业务骨干',
        version: qaRow.version,
      }),
    );
    const path = okData(await hr.get(`/api/careers/path/${who.qa}`));
    expect(path.person).toMatchObject({ status: 'key_staff', statusSince: '2026-11-18', daysInStatus: 2 });
    expect(path.record[0]).toMatchObject({ kind: 'status_change', fromStatus: 'regular', toStatus: 'key_staff' });
  });

  it('shows a reserve team lead (chosen, not promoted) the step to team lead instead of another round', async () => {
    const chosen = async (kind: 'reserve_chosen' | 'reserve_not_chosen', day: string, round: string) =>
      recordCareerEvent(db(), {
        employeeId: who.mentor,
        kind,
        day,
        roundId: round,
        detail: { roundName: `${round} 竞聘`, finalScore: 86.4 },
      });
    const kinds = async () => okData(await hr.get(`/api/careers/path/${who.mentor}`)).steps.map((s: any) => s.kind);
    await chosen('reserve_not_chosen', '2026-05-10', 'r1');
    expect(await kinds()).toEqual(['reserve_team_lead']);
    await chosen('reserve_chosen', '2026-08-10', 'r2');
    await recordCareerEvent(db(), {
      employeeId: who.mentor,
      kind: 'management_training_enrolled',
      day: '2026-08-10',
      roundId: 'r2',
      ref: 'cohort-9',
    });
    const path = okData(await hr.get(`/api/careers/path/${who.mentor}`));
    expect(path.steps).toEqual([
      {
        kind: 'team_lead',
        chosenOn: '2026-08-10',
        roundId: 'r2',
        roundName: 'r2 竞聘',
        finalScore: 86.4,
        trainingCohortId: 'cohort-9',
      },
    ]);
  });

  it('shows a trainee the step to regular status as the new-hire evaluation sees it', async () => {
    const path = okData(await trainee.get('/api/careers/path/me'));
    expect(path.person.status).toBe('trainee');
    expect(path.steps).toHaveLength(1);
    expect(path.steps[0]).toMatchObject({
      kind: 'regular_status',
      target: 'probation',
      step: 'shadowing',
      ready: false,
    });
    expect(path.steps[0].blockers.map((b: any) => b.code)).toContain('NO_EXAM_RESULTS');
    expect(path.steps[0].daysInStatus).toBeGreaterThanOrEqual(0);
  });

  it('shows an internal trainer their next level, beside the reserve criteria their status opens', async () => {
    expect(okData(await trainer.get('/api/careers/path/me')).steps.map((s: any) => s.kind)).toEqual([
      'reserve_team_lead',
    ]);
    const trainerId = await addTrainer(db(), { name: '内部讲师', employeeId: who.trainer });
    const path = okData(await trainer.get('/api/careers/path/me'));
    expect(path.steps.map((s: any) => s.kind)).toEqual(['reserve_team_lead', 'trainer_level']);
    expect(path.steps[1].standing).toMatchObject({ trainerId });
  });

  it('gives a team lead no next step, and shows a person only to themself or someone whose scope holds them', async () => {
    expect(okData(await lead.get('/api/careers/path/me')).steps).toEqual([]);
    expect(okData(await lead.get(`/api/careers/path/${who.agent}`)).person.employeeId).toBe(who.agent);
    expectError(await agent.get(`/api/careers/path/${who.mentor}`), 404, 'NOT_FOUND');
    expectError(await lead.get(`/api/careers/path/${who.trainee}`), 404, 'NOT_FOUND');
    expectError(await agent.get('/api/careers/path/nobody'), 404, 'NOT_FOUND');
    expect(okData(await agent.get(`/api/careers/path/${who.agent}`)).person.employeeId).toBe(who.agent);
  });
});
