import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import { linkRecording } from './recordings.service.js';
import { addCard, addDeck, recorded, upload, webm } from './recordings.testkit.js';

// Uploading read-aloud recordings through the API (issue 20 item 1): only read_aloud cards, only
// cards the person practises (their audience's decks or boosted to them), audio only, within the
// size and length settings; linking a recording to a review refuses another person's or card's.

describe.each(DIALECTS)('read-aloud uploads on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-recordings-'));
  let trainee: Client, agent: Client, admin: Client;
  let readAloud: string, recall: string, elsewhere: string;

  beforeAll(async () => {
    setClock('2026-11-20T02:00:00Z');
    process.env.SEATWISE_DRILL_RECORDINGS_DIR = dir;
    [trainee, agent, admin] = await Promise.all(['trainee', 'agent', 'admin'].map((u) => env.as(u)));
    const deck = await addDeck(db());
    readAloud = await addCard(db(), deck, 'read_aloud');
    recall = await addCard(db(), deck, 'recall');
    // A deck for another department only: not the trainee's.
    elsewhere = await addCard(db(), await addDeck(db(), { departmentIds: ['another-department'] }), 'read_aloud');
  }, 60_000);
  afterAll(() => {
    setClock();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a WebM reading of a read_aloud card, typed by its content', async () => {
    const res = await upload(
      trainee,
      { cardId: readAloud, seconds: '41.6' },
      { name: '开场白.webm', type: 'application/octet-stream', body: webm(4096) },
    );
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toMatchObject({ cardId: readAloud, mime: 'audio/webm', bytes: 4096, seconds: 42 });
    const mine = await trainee.get('/api/drills/recordings?scope=mine');
    expect(mine.body.data[0]).toMatchObject({
      id: res.body.data.id,
      script: '您好，很高兴为您服务，请问有什么可以帮您？',
      reviewed: false,
      selfRating: null,
      mentorRating: null,
      canRate: false,
    });
    const file = await trainee.get(`/api/drills/recordings/${res.body.data.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('audio/webm');
    expect(Number(file.headers['content-length'])).toBe(4096);
  });

  it('takes an Ogg by its signature and a headerless MP3 by its declared type', async () => {
    const ogg = await upload(
      trainee,
      { cardId: readAloud },
      { name: 'r.ogg', type: 'audio/ogg', body: 'OggS' + 'x'.repeat(200) },
    );
    expect(ogg.body.data).toMatchObject({ mime: 'audio/ogg', seconds: null });
    const mp3 = await upload(
      trainee,
      { cardId: readAloud },
      { name: 'r.mp3', type: 'audio/mpeg', body: 'x'.repeat(300) },
    );
    expect(mp3.body.data.mime).toBe('audio/mpeg');
  });

  it('refuses a recall card, a card outside the person’s decks and an unknown card', async () => {
    const file = { name: 'r.webm', type: 'audio/webm', body: webm() };
    expectError(await upload(trainee, { cardId: recall }, file), 422, 'RECORDING_NOT_READ_ALOUD', 'cardId');
    expectError(await upload(trainee, { cardId: elsewhere }, file), 404, 'NOT_FOUND');
    expectError(await upload(trainee, { cardId: 'no-such-card' }, file), 404, 'NOT_FOUND');
    expectError(await upload(trainee, {}, file), 400, 'RECORDING_NO_CARD', 'cardId');
  });

  it('takes a card of another deck once it was boosted to the person', async () => {
    const traineeId = await employeeIdOf(db(), 'trainee');
    const card = await db()
      .selectFrom('drill_cards')
      .select(['deck_id', 'revision'])
      .where('id', '=', elsewhere)
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('drill_states')
      .values({
        employee_id: traineeId,
        card_id: elsewhere,
        deck_id: card.deck_id,
        revision: card.revision,
        due: '2026-11-20T02:00:00.000Z',
        stability: 0,
        difficulty: 0,
        elapsed_days: 0,
        scheduled_days: 0,
        learning_steps: 0,
        reps: 0,
        lapses: 0,
        state: 0,
        last_review: null,
        boost_reason: 'qa_error',
        boost_ref: 'evaluation-1',
        boosted_at: '2026-11-20T02:00:00.000Z',
      })
      .execute();
    await recorded(trainee, elsewhere);
    // Still not the agent's: the boost was the trainee's.
    expectError(
      await upload(agent, { cardId: elsewhere }, { name: 'r.webm', type: 'audio/webm', body: webm() }),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses a missing file, an empty one, one that is not audio, one over the size setting or the length', async () => {
    const before = await db().selectFrom('drill_recordings').select('id').execute();
    expectError(await upload(trainee, { cardId: readAloud }), 400, 'MISSING_FILE', 'file');
    expectError(
      await upload(trainee, { cardId: readAloud }, { name: 'r.webm', type: 'audio/webm', body: '' }),
      400,
      'EMPTY_FILE',
    );
    expectError(
      await upload(trainee, { cardId: readAloud }, { name: 'notes.txt', type: 'text/plain', body: '这不是录音' }),
      400,
      'RECORDING_BAD_TYPE',
      'file',
    );
    expectError(
      await upload(
        trainee,
        { cardId: readAloud, seconds: '181' },
        { name: 'r.webm', type: 'audio/webm', body: webm() },
      ),
      422,
      'RECORDING_TOO_LONG',
      'seconds',
    );
    expectError(
      await upload(
        trainee,
        { cardId: readAloud, seconds: 'long' },
        { name: 'r.webm', type: 'audio/webm', body: webm() },
      ),
      400,
      'RECORDING_BAD_SECONDS',
      'seconds',
    );
    const set = await admin.put('/api/settings/drills.recordingMaxMb', { value: 1, reason: '测试录音大小上限' });
    expect(set.status, set.raw).toBe(200);
    const big = { name: 'big.webm', type: 'audio/webm', body: webm(1024 * 1024 + 1) };
    const res = await upload(trainee, { cardId: readAloud }, big);
    expectError(res, 413, 'FILE_TOO_LARGE', 'file');
    expect(res.body.params).toEqual({ maxMb: 1 });
    expect((await db().selectFrom('drill_recordings').select('id').execute()).length).toBe(before.length);
    await admin.put('/api/settings/drills.recordingMaxMb', { value: 5, reason: '测试后恢复' });
    expect((await upload(trainee, { cardId: readAloud }, big)).status).toBe(200);
  });

  it('links a recording to its review once, and refuses another person’s or another card’s', async () => {
    const traineeId = await employeeIdOf(db(), 'trainee');
    const agentId = await employeeIdOf(db(), 'agent');
    const id = await recorded(trainee, readAloud);
    const link = (o: Partial<Parameters<typeof linkRecording>[1]>) =>
      linkRecording(db(), {
        recordingId: id,
        employeeId: traineeId,
        cardId: readAloud,
        reviewId: 'review-1',
        selfRating: 3,
        ...o,
      });
    await expect(link({ employeeId: agentId })).rejects.toMatchObject({
      statusCode: 422,
      errorCode: 'RECORDING_NOT_YOURS',
    });
    await expect(link({ cardId: recall })).rejects.toMatchObject({
      statusCode: 422,
      errorCode: 'RECORDING_OTHER_CARD',
    });
    await expect(link({ recordingId: 'no-such-recording' })).rejects.toMatchObject({ statusCode: 404 });
    await link({});
    await expect(link({ reviewId: 'review-2' })).rejects.toMatchObject({
      statusCode: 409,
      errorCode: 'RECORDING_ALREADY_LINKED',
    });
    const mine = await trainee.get('/api/drills/recordings?scope=mine');
    expect(mine.body.data.find((r: { id: string }) => r.id === id)).toMatchObject({
      reviewed: true,
      selfRating: 3,
      version: 2,
    });
  });

  it('serves byte ranges so a phone can play and seek', async () => {
    const id = await recorded(trainee, readAloud);
    const res = await trainee.raw({
      method: 'GET',
      url: `/api/drills/recordings/${id}/file`,
      headers: { range: 'bytes=0-3' },
    });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe('bytes 0-3/2048');
    expect(Number(res.headers['content-length'])).toBe(4);
    const tail = await trainee.raw({
      method: 'GET',
      url: `/api/drills/recordings/${id}/file`,
      headers: { range: 'bytes=-48' },
    });
    expect(tail.headers['content-range']).toBe('bytes 2000-2047/2048');
  });

  it('answers the limits the recorder stops at', async () => {
    const res = await trainee.get('/api/drills/recordings/limits');
    expect(res.body.data).toEqual({ maxSeconds: 180, maxMb: 5 });
  });
});
