import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { employeeRow, teamIdOf, today } from '../../test/helpers.js';
import { okData } from '../training/shared/training.testkit.js';
import { evaluationKit, theoryResult, trainees, type Kit } from './evaluation.testkit.js';

// The home page's evaluation work (issue 26): a team lead sees each trainee of their team who is
// one failure from an elimination criterion (SPEC §6 at-risk rule), opening that trainee's
// evaluation; a trainee of another team is not theirs. A pass takes the trainee off the list.

type Line = { key: string; kind: string; menu: string; due: string | null; link: string; params: any };

describe.each(DIALECTS)('evaluation work on the home page on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let lead: Client, hr: Client;
  let kit: Kit;
  let people: Awaited<ReturnType<typeof trainees>>;

  const atRisk = async (c: Client) =>
    (okData(await c.get('/api/home/work')).items as Line[]).filter(
      (l) => l.kind === 'evaluationAtRisk' && people.some((p) => l.link === `/evaluation/trainees/${p.employeeId}`),
    );

  beforeAll(async () => {
    setClock('2026-12-02T02:00:00Z');
    [lead, hr] = await Promise.all(['teamlead', 'hr'].map((u) => env.as(u)));
    kit = await evaluationKit(env);
    people = await trainees(env, 2, 'homerisk');
    // The first joins the lead's team; the second stays in the new-hire team.
    const [mine] = people;
    const row = await employeeRow(db(), mine.employeeId);
    const moved = await hr.post(`/api/employees/${mine.employeeId}/move`, {
      teamId: await teamIdOf(db(), 'CS1-1'),
      effectiveDate: today(),
      reason: '分配到一线班组跟岗',
      version: row.version,
    });
    expect(moved.status, moved.raw).toBe(200);
  }, 120_000);
  afterAll(() => setClock());

  it("lists the lead's own trainees one failure from a criterion, until they pass", async () => {
    const [mine, other] = people;
    expect(await atRisk(lead)).toEqual([]);
    await theoryResult(kit, mine, 40);
    await theoryResult(kit, other, 40);
    expect(await atRisk(lead)).toEqual([
      {
        key: `evaluationAtRisk:${mine.employeeId}`,
        kind: 'evaluationAtRisk',
        menu: 'evaluation-at-risk',
        due: null,
        provisional: false,
        overdueDays: 0,
        link: `/evaluation/trainees/${mine.employeeId}`,
        params: { name: expect.any(String), count: 1 },
      },
    ]);
    expect(okData(await lead.get('/api/home/work')).counts['evaluation-at-risk']).toBe(1);
    expect(await atRisk(hr)).toEqual([]); // HR acts on cases, not on warnings

    await theoryResult(kit, mine, 80); // the run is broken: no longer at risk
    expect(await atRisk(lead)).toEqual([]);
    expect(okData(await lead.get('/api/home/work')).counts['evaluation-at-risk']).toBeUndefined();
  });
});
