import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { scoreSession } from '../../quality/feedback/feedback.testkit.js';
import { publishedForm } from '../../quality/forms/forms.testkit.js';
import { okData } from '../../training/shared/training.testkit.js';
import { recordCareerEvent } from '../shared/events.js';
import { currentCriteria, reserveEligibility } from './eligibility.js';
import { confirmedRecord, openRound, person, publishedTotals, roundsUrl } from './reserve.testkit.js';

// Reserve team-lead eligibility (SPEC §11, issue 21): status, tenure, results in the top share of
// the team (appraisal when the person has one, else QA) and no confirmed discipline record in the
// window — each criterion failing on its own, each with its evidence.

describe.each(DIALECTS)('reserve eligibility on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client;
  let roundId: string;
  const p = {} as Record<'A' | 'E' | 'S' | 'T' | 'T6' | 'D' | 'H' | 'K' | 'Q' | 'N', string>;
  const ids = {} as { inside: string; outside: string };
  let rows: any[];
  const of = (id: string) => rows.find((r) => r.employeeId === id);
  const line = (id: string, key: string) => of(id).eligibility.criteria.find((c: any) => c.key === key);

  beforeAll(async () => {
    setClock('2026-12-15T02:00:00Z'); // Tuesday 10:00 in the center
    hr = await env.as('hr');
    // Each person alone in a team with data, so their rank is 1 — except E, ranked under A.
    p.A = await person(hr, db(), 'CS2-1');
    p.E = await person(hr, db(), 'CS2-1');
    p.S = await person(hr, db(), 'CS2-2', { status: 'probation' });
    p.T = await person(hr, db(), 'OUT-1', { hireDate: '2026-07-01' });
    p.T6 = await person(hr, db(), 'OUT-2', { hireDate: '2026-06-15' });
    p.D = await person(hr, db(), 'CMP-1');
    p.H = await person(hr, db(), 'CS1-0');
    p.K = await person(hr, db(), 'QA-1', { status: 'key_staff' });
    p.Q = await person(hr, db(), 'CS1-2');
    p.N = await person(hr, db(), 'CS1-2');
    await publishedTotals(db(), '2026年第二季度', '2026-06-30', { [p.A]: 85 });
    await publishedTotals(db(), '2026年第三季度', '2026-09-30', {
      [p.A]: 95,
      [p.E]: 60,
      [p.S]: 90,
      [p.T]: 90,
      [p.T6]: 90,
      [p.D]: 90,
      [p.H]: 90,
      [p.K]: 90,
    });
    ids.inside = await confirmedRecord(db(), p.D, '2026-10-01');
    ids.outside = await confirmedRecord(db(), p.H, '2025-10-01');
    const qa = await env.as('qa');
    await scoreSession(qa, (await publishedForm(qa)).id, p.Q, '2026-12-01');
    roundId = (await openRound(hr)).id;
    rows = okData(await hr.get(`${roundsUrl}/${roundId}/eligibility`));
  });
  afterAll(() => setClock());

  it('a regular agent with tenure, top results and a clean record is eligible, with the evidence', () => {
    expect(of(p.A).eligibility).toMatchObject({ eligible: true, unmet: [], asOf: '2026-12-15' });
    expect(line(p.A, 'tenure')).toMatchObject({ met: true, value: 81, threshold: 6, from: '2020-03-02' });
    expect(line(p.A, 'results')).toMatchObject({
      met: true,
      basis: 'appraisal',
      value: 90, // the mean of its last two published totals, 85 and 95
      threshold: 33,
      rank: 1,
      of: 2,
      refs: ['2026年第二季度', '2026年第三季度'],
    });
    expect(line(p.A, 'discipline')).toMatchObject({
      met: true,
      value: 0,
      refs: [],
      from: '2025-12-15',
      to: '2026-12-15',
    });
    expect(of(p.K).eligibility.eligible).toBe(true); // key staff may enter too
  });

  it('each criterion fails on its own', () => {
    expect(of(p.S).eligibility.unmet).toEqual(['status']);
    expect(line(p.S, 'status')).toMatchObject({ met: false, label: 'probation' });
    expect(of(p.T).eligibility.unmet).toEqual(['tenure']);
    expect(line(p.T, 'tenure')).toMatchObject({ met: false, state: 'below', value: 5, threshold: 6 });
    expect(of(p.E).eligibility.unmet).toEqual(['results']);
    expect(line(p.E, 'results')).toMatchObject({ met: false, state: 'below', rank: 2, of: 2, value: 60 });
    expect(of(p.D).eligibility.unmet).toEqual(['discipline']);
    expect(of(p.N).eligibility.unmet).toEqual(['results']);
    expect(line(p.N, 'results')).toMatchObject({ met: false, state: 'no_data', basis: null });
  });

  it('tenure counts whole months: six months to the day is enough', () => {
    expect(line(p.T6, 'tenure')).toMatchObject({ met: true, value: 6 });
    expect(of(p.T6).eligibility.eligible).toBe(true);
  });

  it('a confirmed record inside the window disqualifies; one outside it does not', () => {
    expect(line(p.D, 'discipline')).toMatchObject({ met: false, state: 'below', value: 1, refs: [ids.inside] });
    expect(line(p.H, 'discipline')).toMatchObject({ met: true, value: 0, refs: [] });
    expect(of(p.H).eligibility.eligible).toBe(true);
  });

  it('judges results on QA when the person has no published appraisal', () => {
    expect(line(p.Q, 'results')).toMatchObject({ met: true, basis: 'qa', rank: 1, of: 1, from: '2026-09-17' });
    expect(line(p.Q, 'results').refs).toHaveLength(1);
    expect(of(p.Q).eligibility.eligible).toBe(true);
  });

  it('judges with the criteria and day it is given', async () => {
    const c = await currentCriteria(db());
    // A wider discipline window reaches H's record; a later day lets T's tenure through.
    const wide = await reserveEligibility(db(), [p.H, p.T], { ...c, disciplineWindowMonths: 15 });
    expect(wide.get(p.H)!.unmet).toEqual(['discipline']);
    const later = await reserveEligibility(db(), [p.T], c, '2027-01-01');
    expect(later.get(p.T)!.criteria.find((x) => x.key === 'tenure')).toMatchObject({ met: true, value: 6 });
    // The rank never depends on who else is asked about in the same call.
    const alone = await reserveEligibility(db(), [p.E], c);
    expect(alone.get(p.E)!.criteria.find((x) => x.key === 'results')).toMatchObject({ rank: 2, of: 2 });
    expect((await reserveEligibility(db(), ['no-such-person'], c)).size).toBe(0);
  });

  it('a reserve team lead chosen in an earlier round does not enter again; one not chosen may', async () => {
    const c = await currentCriteria(db());
    const outcome = (employeeId: string, kind: 'reserve_chosen' | 'reserve_not_chosen', day: string) =>
      recordCareerEvent(db(), { employeeId, kind, day, roundId: 'earlier', detail: { roundName: '三季度竞聘' } });
    await outcome(p.A, 'reserve_not_chosen', '2026-05-10');
    await outcome(p.A, 'reserve_chosen', '2026-08-10');
    await outcome(p.K, 'reserve_not_chosen', '2026-08-10');
    const judged = await reserveEligibility(db(), [p.A, p.K], c);
    expect(judged.get(p.A)!.unmet).toEqual(['status']);
    expect(judged.get(p.A)!.criteria[0]).toMatchObject({ met: false, from: '2026-08-10', refs: ['三季度竞聘'] });
    expect(judged.get(p.K)!.eligible).toBe(true);
  });

  it('lists trainees-to-be and agents only, never team leads', () => {
    expect(rows.every((r) => ['probation', 'regular', 'key_staff'].includes(r.status))).toBe(true);
  });
});
