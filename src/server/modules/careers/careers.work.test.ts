import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso, setClock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { employeeIdOf, userIdOf } from '../../test/helpers.js';

// The home page's careers work (issue 26): once a reserve competition's entries close, HR screens
// each entry before the talk day (SPEC §11) — one line per round with the entries left, opening
// the round; a round still taking entries asks nothing yet. Screened, the line leaves the list.

type Line = { key: string; kind: string; menu: string; due: string | null; link: string; params: any };

describe.each(DIALECTS)('careers work on the home page on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, teamlead: Client;
  const rounds = { screening: newId(), nominating: newId() };
  const entries = [newId(), newId(), newId()];

  const lines = async (c: Client) =>
    ((await c.get('/api/home/work')).body.data.items as Line[]).filter((l) => l.kind === 'careersScreen');

  beforeAll(async () => {
    setClock('2026-12-15T02:00:00Z');
    [hr, teamlead] = await Promise.all(['hr', 'teamlead'].map((u) => env.as(u)));
    const at = nowIso();
    const by = await userIdOf(db(), 'hr');
    const round = (id: string, status: string, name: string) => ({
      id,
      name,
      status,
      nominations_open: '2026-12-01',
      nominations_close: '2026-12-10',
      talk_day: '2026-12-18',
      talk_minutes: 3,
      seats: 2,
      criteria: JSON.stringify({
        minTenureMonths: 6,
        topSharePercent: 34,
        resultCycles: 1,
        resultWindowDays: 120,
        disciplineWindowMonths: 12,
      }),
      cohort_id: null,
      candidates_published_at: null,
      results_published_at: null,
      created_by: by,
      created_at: at,
      updated_at: at,
      version: 1,
    });
    await db()
      .insertInto('career_rounds')
      .values([
        round(rounds.screening, 'screening', '2026年第四季度储备团队长竞聘'),
        round(rounds.nominating, 'nominating', '2027年第一季度储备团队长竞聘'),
      ])
      .execute();
    const who = await Promise.all(['agent', 'mentor', 'qa'].map((u) => employeeIdOf(db(), u)));
    const entry = (id: string, roundId: string, employeeId: string) => ({
      id,
      round_id: roundId,
      employee_id: employeeId,
      source: 'self',
      statement: '业绩稳定，愿意带团队',
      recommended_by: null,
      recommendation: null,
      eligibility: JSON.stringify({ eligible: true, unmet: [], criteria: [], asOf: '2026-12-10' }),
      status: 'nominated',
      screening_reason: null,
      screened_by: null,
      screened_at: null,
      panel_average: null,
      peer_average: null,
      final_score: null,
      outcome: null,
      decided_by: null,
      decided_at: null,
      created_at: at,
      updated_at: at,
      version: 1,
    });
    await db()
      .insertInto('career_nominations')
      .values([
        entry(entries[0], rounds.screening, who[0]),
        entry(entries[1], rounds.screening, who[1]),
        entry(entries[2], rounds.nominating, who[2]),
      ])
      .execute();
  }, 60_000);
  afterAll(() => setClock());

  it('asks HR to screen the entries of a closed round before its talks, until all are screened', async () => {
    expect(await lines(hr)).toEqual([
      {
        key: `careersScreen:${rounds.screening}`,
        kind: 'careersScreen',
        menu: 'careers-reserve',
        due: '2026-12-18',
        provisional: false,
        overdueDays: 0,
        link: `/careers/reserve/${rounds.screening}`,
        params: { round: '2026年第四季度储备团队长竞聘', count: 2 },
      },
    ]);
    expect(await lines(teamlead)).toEqual([]);
    const screen = (id: string, decision: string) =>
      hr.post(`/api/careers/reserve/nominations/${id}/screen`, { decision, reason: '符合条件', version: 1 });
    const first = await screen(entries[0], 'shortlist');
    expect(first.status, first.raw).toBe(200);
    expect((await lines(hr)).map((l) => l.params.count)).toEqual([1]);
    expect((await screen(entries[1], 'decline')).status).toBe(200);
    expect(await lines(hr)).toEqual([]);
    expect((await hr.get('/api/home/work')).body.data.counts['careers-reserve']).toBeUndefined();
  });
});
