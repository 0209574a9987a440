import { expect } from 'vitest';
import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import type { Client } from '../../../test/harness.js';

// What the recordings tests share: decks and cards written straight into the tables (the deck
// API is built beside this part), audio-looking bytes, and the multipart upload a browser sends.

export async function addDeck(db: Db, audience: { departmentIds?: string[]; statuses?: string[] } = {}) {
  const id = newId();
  const at = nowIso();
  await db
    .insertInto('drill_decks')
    .values({
      id,
      name: `朗读测试卡组 ${id.slice(-4)}`,
      category: 'opening_closing',
      description: null,
      audience: JSON.stringify({ departmentIds: [], statuses: [], ...audience }),
      status: 'active',
      created_by: 'test',
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  return id;
}

export async function addCard(
  db: Db,
  deckId: string,
  kind: string,
  answer = '您好，很高兴为您服务，请问有什么可以帮您？',
) {
  const id = newId();
  const at = nowIso();
  await db
    .insertInto('drill_cards')
    .values({
      id,
      deck_id: deckId,
      kind,
      prompt: kind === 'read_aloud' ? '朗读标准开场白' : '标准开场白是什么？',
      answer,
      choices: null,
      knowledge_point: null,
      position: 1,
      revision: 1,
      status: 'active',
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  return id;
}

/** Bytes that start like a WebM (EBML) file, `size` long. */
export const webm = (size = 2048) => {
  const b = Buffer.alloc(size, 7);
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3]).copy(b);
  return b;
};

/** A multipart form: text fields first, then the file (when given) with its declared type. */
export function form(fields: Record<string, string>, file?: { name: string; type: string; body: Buffer | string }) {
  const boundary = `----recording${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
    );
    parts.push(Buffer.isBuffer(file.body) ? file.body : Buffer.from(file.body));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const upload = (c: Client, fields: Record<string, string>, file?: Parameters<typeof form>[1]) => {
  const f = form(fields, file);
  return c.raw({ method: 'POST', url: '/api/drills/recordings', payload: f.payload, headers: f.headers });
};

/** Uploads a WebM reading of the card and returns the recording's id. */
export async function recorded(c: Client, cardId: string, seconds = '12') {
  const res = await upload(c, { cardId, seconds }, { name: 'reading.webm', type: 'audio/webm', body: webm() });
  expect(res.status, res.raw).toBe(200);
  return res.body.data.id as string;
}

/** Makes `traineeId` the active mentee of `mentorId` (the test database has no mentoring demo). */
export async function assignMentor(db: Db, mentorId: string, traineeId: string) {
  const at = nowIso();
  await db
    .insertInto('training_mentor_assignments')
    .values({
      id: newId(),
      trainee_id: traineeId,
      mentor_id: mentorId,
      mode: 'one_to_one',
      plan_id: null,
      start_date: at.slice(0, 10),
      end_date: null,
      status: 'active',
      end_reason: null,
      replaces_id: null,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}
