import { expect } from 'vitest';
import type { Db } from '../../../db/connect.js';
import type { Client, Res } from '../../../test/harness.js';

// Shared steps of the scorecard and evaluation tests: a hand-computable form, publishing it,
// interactions to score (the test database has people only), answers.

export function okData<T = any>(res: Res, status = 200): T {
  expect(res.status, `${res.status} ${res.raw.slice(0, 400)}`).toBe(status);
  return res.body.data as T;
}

/** 100 points: greet 10, verify 10 (N/A allowed, section-critical), need 20 (scale 0–5),
 *  accurate 40 (points 0–10, section-critical below 6), compliant 10 (evaluation-critical), privacy 10. */
export const CONTENT = {
  sections: [
    {
      key: 'open',
      title: '开场',
      items: [
        { key: 'greet', label: '开场白', kind: 'yes_no', weight: 10 },
        { key: 'verify', label: '身份核实', kind: 'yes_no', weight: 10, allowNa: true, critical: 'section' },
      ],
    },
    {
      key: 'body',
      title: '业务',
      items: [
        { key: 'need', label: '需求确认', kind: 'scale', weight: 20, max: 5 },
        {
          key: 'accurate',
          label: '业务解答准确',
          kind: 'points',
          weight: 40,
          max: 10,
          critical: 'section',
          failBelow: 6,
        },
      ],
    },
    {
      key: 'rules',
      title: '合规',
      items: [
        { key: 'compliant', label: '合规用语', kind: 'yes_no', weight: 10, critical: 'evaluation' },
        { key: 'privacy', label: '信息安全', kind: 'yes_no', weight: 10, allowNa: true },
      ],
    },
  ],
};
export const GOOD = { greet: 1, verify: 1, need: 5, accurate: 10, compliant: 1, privacy: 1 };
export const answers = (over: Record<string, number | null> = {}, comments: Record<string, string> = {}) =>
  Object.fromEntries(
    Object.entries({ ...GOOD, ...over }).map(([k, v]) => [
      k,
      comments[k] ? { value: v, comment: comments[k] } : { value: v },
    ]),
  );

let n = 0;
/** A published form (version 1) made by `builder`; returns its id and form version counter. */
export async function publishedForm(builder: Client, kind = 'inbound', passScore = 80, content: unknown = CONTENT) {
  const { id } = okData(
    await builder.post('/api/quality/forms', {
      name: `测试评分表${++n}-${Date.now() /* machine time: a unique suffix */ % 100000}`,
      kind,
      passScore,
      content,
    }),
  );
  const published = okData(await builder.post(`/api/quality/forms/${id}/publish`, { version: 1 }));
  return { id, version: published.version as number };
}

/** Interactions of an agent on a day (the test database has no interaction history). */
export async function addInteractions(
  db: Db,
  agentId: string,
  day: string,
  count = 1,
  opts: { channel?: string; businessType?: string } = {},
) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `QT-${agentId.slice(-6)}-${day}-${++n}`;
    const voice = (opts.channel ?? 'voice') === 'voice';
    await db
      .insertInto('interactions')
      .values({
        id,
        agent_id: agentId,
        started_at: `${day}T02:${String(10 + (n % 50)).padStart(2, '0')}:00.000Z`,
        day,
        direction: 'in',
        channel: opts.channel ?? 'voice',
        business_type: opts.businessType ?? '信用卡',
        queue: null,
        answered: 1,
        talk_seconds: 180,
        hold_seconds: 10,
        wrap_seconds: 30,
        queue_wait_seconds: 5,
        fcr: 1,
        csat: 5,
        customer_ref: null,
        recording_url: voice ? `https://rec.test/${id}.wav` : null,
        transcript_url: voice ? null : `https://tr.test/${id}.html`,
        import_id: 'test',
      })
      .execute();
    ids.push(id);
  }
  return ids;
}
