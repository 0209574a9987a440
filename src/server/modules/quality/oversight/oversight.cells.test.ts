import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, setClock } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { idsInTeams } from '../../../test/helpers.js';
import { countQueries } from '../../../test/query-count.js';
import { addEvaluators } from '../calibration/calibration.testkit.js';
import { answers, okData, publishedForm } from '../forms/forms.testkit.js';
import type { ItemSums, ScoreCell } from './oversight.figures.js';
import { splitPeriod } from './oversight.cells.js';
import { itemSums, rawItemSums, rawScoreCells, scoreCells } from './oversight.list.js';

// Issue 23: the oversight sums the database keeps per month (triggers, migration
// 20270104-scale-oversight) equal a full recomputation from the evaluations after a series of
// writes — new evaluations, a rescored one, one moved to another month, a deleted one, an agent
// who changes team — on both dialects.

const key = (c: ScoreCell) => `${c.evaluatorUserId}/${c.stratum}/${c.quarter}`;
/** Cells with the same key add up; compared as sorted sums (rounded: the order of additions differs). */
function normalCells(cells: ScoreCell[]) {
  const m = new Map<string, { n: number; sum: number; sumSq: number }>();
  for (const c of cells) {
    const s = m.get(key(c)) ?? m.set(key(c), { n: 0, sum: 0, sumSq: 0 }).get(key(c))!;
    s.n += c.n;
    s.sum += c.sum;
    s.sumSq += c.sumSq;
  }
  return [...m]
    .filter(([, s]) => s.n !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, s]) => [k, s.n, +s.sum.toFixed(6), +s.sumSq.toFixed(4)]);
}
function normalItems(acc: ItemSums) {
  const rows: unknown[] = [];
  const sums = (m: Map<string, Map<string, { n: number; sum: number; sumSq: number }>>) =>
    [...m].flatMap(([form, byKey]) =>
      [...byKey]
        .filter(([, s]) => s.n)
        .map(([k, s]) => `${form}/${k}:${s.n}:${s.sum.toFixed(6)}:${s.sumSq.toFixed(3)}`),
    );
  for (const [stratum, m] of acc.byStratum) rows.push(...sums(m).map((x) => `S ${stratum} ${x}`));
  for (const [u, e] of acc.byEvaluator)
    rows.push(`E ${u} ${e.evaluations} ${[...e.strata].sort().join(',')}`, ...sums(e.items).map((x) => `E ${u} ${x}`));
  return rows.sort();
}

describe('splitPeriod', () => {
  it('reads whole months from the kept sums and the other days from the evaluations', () => {
    expect(splitPeriod('2026-07-01', '2026-12-31')).toEqual({ months: { from: '2026-07', to: '2026-12' }, days: [] });
    expect(splitPeriod('2026-07-15', '2026-10-10')).toEqual({
      months: { from: '2026-08', to: '2026-09' },
      days: [
        { from: '2026-07-15', to: '2026-07-31' },
        { from: '2026-10-01', to: '2026-10-10' },
      ],
    });
    expect(splitPeriod('2026-02-01', '2026-02-28')).toEqual({ months: { from: '2026-02', to: '2026-02' }, days: [] });
    expect(splitPeriod('2026-12-15', '2027-01-10')).toEqual({
      months: null,
      days: [{ from: '2026-12-15', to: '2027-01-10' }],
    });
    expect(splitPeriod('2026-11-03', '2026-11-20')).toEqual({
      months: null,
      days: [{ from: '2026-11-03', to: '2026-11-20' }],
    });
  });
});

describe.each(DIALECTS)('oversight sums kept by the database on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  // Evaluations scored through the API by two evaluators over two months, on agents of two teams.
  afterAll(() => setClock());
  beforeAll(async () => {
    setClock('2026-11-27T02:00:00Z');
    const lead = await env.as('manager');
    const users = await addEvaluators(db(), ['oc1', 'oc2']);
    const formId = (await publishedForm(lead)).id;
    const agents = [
      ...(await idsInTeams(db(), ['CS2-1'])).slice(0, 3),
      ...(await idsInTeams(db(), ['CMP-1'])).slice(0, 2),
    ];
    for (const [u, name] of Object.keys(users).entries()) {
      const c = await env.as(name);
      for (const [a, agentId] of agents.entries())
        for (const day of ['2026-10-0', '2026-11-1'].map((d) => `${d}${a + u + 2}`))
          okData(
            await c.post('/api/quality/evaluations', {
              formId,
              method: 'side_by_side',
              agentId,
              day,
              answers: answers({ accurate: 6 + ((a + u) % 5), need: 2 + ((a * 3 + u) % 4) }),
              suggestion: { kind: 'retraining', note: '复训' },
            }),
          );
    }
  }, 120_000);

  async function span() {
    const r = await db()
      .selectFrom('qa_evaluations')
      .select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('day').as('last')])
      .executeTakeFirstOrThrow();
    return {
      from: `${String(r.first).slice(0, 7)}-01`,
      to: addDays(`${String(r.last).slice(0, 7)}-28`, 7).slice(0, 7),
    };
  }
  async function expectSameAsRecomputed() {
    const s = await span();
    const to = addDays(`${s.to}-01`, -1);
    expect(normalCells(await scoreCells(db(), s.from, to))).toEqual(normalCells(await rawScoreCells(db(), s.from, to)));
    expect(normalItems(await itemSums(db(), s.from, to))).toEqual(normalItems(await rawItemSums(db(), s.from, to)));
    // A period with partial months at both ends: months kept, days read.
    const mid = { from: addDays(s.from, 10), to: addDays(to, -10) };
    expect(normalCells(await scoreCells(db(), mid.from, mid.to))).toEqual(
      normalCells(await rawScoreCells(db(), mid.from, mid.to)),
    );
    expect(normalItems(await itemSums(db(), mid.from, mid.to))).toEqual(
      normalItems(await rawItemSums(db(), mid.from, mid.to)),
    );
  }

  it('equal a recomputation from the evaluations after inserts, updates, deletes and a team change', async () => {
    const all = await db().selectFrom('qa_evaluations').selectAll().orderBy('id').execute();
    expect(all).toHaveLength(20);
    await expectSameAsRecomputed();

    // New evaluations: copies of demo ones on other days, one with a business type of none.
    const copies = all.slice(0, 6).map((e, i) => ({
      ...e,
      id: newId(),
      interaction_id: null,
      day: addDays(e.day, 17 + i),
      business_type: i === 0 ? null : e.business_type,
      score: Math.min(100, e.score + i),
    }));
    await db().insertInto('qa_evaluations').values(copies).execute();
    // Rescored: score and items change.
    const items = JSON.parse(all[6].items) as Record<string, { earned: number; possible: number; na: boolean }>;
    const first = Object.keys(items)[0];
    items[first] = { ...items[first], earned: 0 };
    await db()
      .updateTable('qa_evaluations')
      .set({ score: all[6].score - 5, items: JSON.stringify(items) })
      .where('id', '=', all[6].id)
      .execute();
    // Moved to another month; a column the sums do not read changes nothing.
    await db()
      .updateTable('qa_evaluations')
      .set({ day: addDays(all[7].day, -40) })
      .where('id', '=', all[7].id)
      .execute();
    await db().updateTable('qa_evaluations').set({ comment: '已复核' }).where('id', '=', all[8].id).execute();
    // Deleted.
    await db().deleteFrom('qa_evaluations').where('id', '=', copies[5].id).execute(); // no feedback refers to it
    // The agent of some evaluations changes team: their evaluations count in the new team now.
    const team = await db()
      .selectFrom('teams')
      .select('id')
      .where(
        'id',
        '!=',
        (
          await db()
            .selectFrom('employees')
            .select('team_id')
            .where('id', '=', all[0].agent_id)
            .executeTakeFirstOrThrow()
        ).team_id,
      )
      .executeTakeFirstOrThrow();
    await db().updateTable('employees').set({ team_id: team.id }).where('id', '=', all[0].agent_id).execute();
    await expectSameAsRecomputed();
  });

  it('answers the oversight table in a few queries, however many evaluators and evaluations', async () => {
    const lead = await env.as('manager');
    const url = '/api/quality/evaluators?from=2026-10-01&to=2026-11-30';
    await lead.get(url); // settings are cached after the first request
    const { result, sql } = await countQueries(db(), () => lead.get(url));
    expect(result.status, result.raw).toBe(200);
    expect(result.body.data.evaluators.length).toBeGreaterThanOrEqual(2);
    expect(sql.length, sql.join('\n')).toBeLessThanOrEqual(10); // one per kind of fact, none per evaluator or per evaluation
  });
});
