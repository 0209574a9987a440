import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError, userIdOf } from '../../../test/helpers.js';
import { addCard, addDeck, assignMentor, recorded } from './recordings.testkit.js';

// Who hears and rates a reading (issue 20 item 1): the learner's mentor (their mentee), the lead
// of their team and training staff; another agent neither hears nor finds it, a mentor does not
// reach a teammate who is not their mentee, and nobody rates their own. The learner is told.

describe.each(DIALECTS)('rating read-aloud recordings on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-recordings-'));
  let trainee: Client, agent: Client, mentor: Client, lead: Client, training: Client, hr: Client;
  let card: string, traineeRec: string, agentRec: string;

  const rate = (c: Client, id: string, body: Record<string, unknown>) =>
    c.post(`/api/drills/recordings/${id}/rating`, body);
  const ids = (res: { body: { data: { id: string }[] } }) => res.body.data.map((r) => r.id);

  beforeAll(async () => {
    setClock('2026-11-20T02:00:00Z');
    process.env.SEATWISE_DRILL_RECORDINGS_DIR = dir;
    // Before the mentor signs in: their sight of mentees is read when the session starts.
    await assignMentor(db(), await employeeIdOf(db(), 'mentor'), await employeeIdOf(db(), 'trainee'));
    [trainee, agent, mentor, lead, training, hr] = await Promise.all(
      ['trainee', 'agent', 'mentor', 'teamlead', 'training', 'hr'].map((u) => env.as(u)),
    );
    card = await addCard(db(), await addDeck(db()), 'read_aloud');
    traineeRec = await recorded(trainee, card);
    agentRec = await recorded(agent, card);
  }, 60_000);
  afterAll(() => {
    setClock();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets the mentor hear and rate their mentee’s reading, and tells the learner', async () => {
    const queue = await mentor.get('/api/drills/recordings?scope=to_rate&state=unrated');
    expect(queue.status, queue.raw).toBe(200);
    expect(ids(queue)).toContain(traineeRec);
    expect(ids(queue)).not.toContain(agentRec); // a teammate, not a mentee
    expect(queue.body.data.find((r: { id: string }) => r.id === traineeRec)).toMatchObject({
      canRate: true,
      version: 1,
    });
    expect((await mentor.get(`/api/drills/recordings/${traineeRec}/file`)).status).toBe(200);

    const res = await rate(mentor, traineeRec, { rating: 4, note: '语速平稳，结束语略快', version: 1 });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toMatchObject({ mentorRating: 4, mentorNote: '语速平稳，结束语略快', version: 2 });
    const mine = await trainee.get('/api/drills/recordings?scope=mine');
    expect(mine.body.data.find((r: { id: string }) => r.id === traineeRec)).toMatchObject({
      mentorRating: 4,
      mentorNote: '语速平稳，结束语略快',
      mentorName: mentor.me.displayName ?? expect.any(String),
      ratedAt: '2026-11-20T02:00:00.000Z',
    });
    const notice = await db()
      .selectFrom('notifications')
      .select(['kind', 'params', 'link'])
      .where('user_id', '=', await userIdOf(db(), 'trainee'))
      .where('kind', '=', 'drills_recording_rated')
      .executeTakeFirst();
    expect(notice).toMatchObject({ link: '/drills/recordings' });
    expect(JSON.parse(notice!.params)).toMatchObject({ rating: 4, card: '朗读标准开场白' });
    expect((await mentor.get('/api/drills/recordings?scope=to_rate&state=unrated')).body.data).not.toContainEqual(
      expect.objectContaining({ id: traineeRec }),
    );
    expect(ids(await mentor.get('/api/drills/recordings?scope=to_rate&state=rated'))).toContain(traineeRec);
  });

  it('refuses a stale version and a rating out of 1–5', async () => {
    expectError(await rate(mentor, traineeRec, { rating: 5, version: 1 }), 409, 'STALE_VERSION');
    expectError(await rate(mentor, traineeRec, { rating: 6, version: 2 }), 400, 'VALIDATION_FAILED', 'rating');
    expectError(await rate(mentor, traineeRec, { rating: 0, version: 2 }), 400, 'VALIDATION_FAILED', 'rating');
    const again = await rate(mentor, traineeRec, { rating: 5, note: null, version: 2 });
    expect(again.body.data).toMatchObject({ mentorRating: 5, mentorNote: null, version: 3 });
  });

  it('keeps another agent out: no file, no rating, no list', async () => {
    expectError(await agent.get(`/api/drills/recordings/${traineeRec}/file`), 404, 'NOT_FOUND');
    expectError(await rate(agent, traineeRec, { rating: 1, version: 3 }), 404, 'NOT_FOUND');
    expectError(await agent.get('/api/drills/recordings?scope=to_rate'), 403, 'FORBIDDEN');
    expect(ids(await agent.get('/api/drills/recordings?scope=mine'))).toEqual([agentRec]);
    // HR sees everyone's file but coaches nobody's practice.
    expectError(await hr.get(`/api/drills/recordings/${traineeRec}/file`), 404, 'NOT_FOUND');
    // The mentor does not reach a teammate who is not their mentee.
    expectError(await mentor.get(`/api/drills/recordings/${agentRec}/file`), 404, 'NOT_FOUND');
    expectError(await rate(mentor, agentRec, { rating: 3, version: 1 }), 404, 'NOT_FOUND');
  });

  it('lets the team lead rate their team, and training staff hear anyone', async () => {
    const queue = await lead.get('/api/drills/recordings?scope=to_rate');
    expect(ids(queue)).toContain(agentRec);
    expect(ids(queue)).not.toContain(traineeRec);
    expect((await rate(lead, agentRec, { rating: 3, note: '开场白漏了工号', version: 1 })).status).toBe(200);
    expect((await training.get(`/api/drills/recordings/${traineeRec}/file`)).status).toBe(200);
    expect(ids(await training.get('/api/drills/recordings?scope=to_rate'))).toEqual(
      expect.arrayContaining([traineeRec, agentRec]),
    );
  });

  it('never lets anyone rate their own reading', async () => {
    expectError(await rate(trainee, traineeRec, { rating: 5, version: 3 }), 403, 'FORBIDDEN');
    const own = await recorded(mentor, card);
    expectError(await rate(mentor, own, { rating: 5, version: 1 }), 403, 'FORBIDDEN');
    expect(ids(await mentor.get('/api/drills/recordings?scope=to_rate'))).not.toContain(own);
    expect(
      (await db().selectFrom('drill_recordings').select('mentor_rating').where('id', '=', own).executeTakeFirst())
        ?.mentor_rating,
    ).toBeNull();
  });
});
