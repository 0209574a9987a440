import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../test/harness.js';

// A small body nested thousands deep once overflowed the stack in the input guard and answered
// 500 (logging each time). It is bad input: 400, before anything walks it recursively.

const deepObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe.each(DIALECTS)('deeply nested JSON on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('answers a 5,000-deep body with 400 INPUT_TOO_DEEP, signed in or not', async () => {
    const admin = await env.as('admin');
    for (const payload of [deepObject(5000), deepArray(5000)]) {
      expect(payload.length).toBeLessThanOrEqual(30_001);
      const anonymous = await env.anonymous.raw({
        method: 'POST',
        url: '/api/auth/login',
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect(anonymous.status).toBe(400);
      expect(anonymous.body).toMatchObject({ success: false, errorCode: 'INPUT_TOO_DEEP' });
      const signedIn = await admin.raw({
        method: 'POST',
        url: '/api/users',
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect(signedIn.status).toBe(400);
      expect(signedIn.body.errorCode).toBe('INPUT_TOO_DEEP');
    }
  });

  it('still takes ordinary nesting', async () => {
    const res = await env.anonymous.raw({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ username: 'nobody', password: 'x', extra: { a: [{ b: [1] }] } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
  });
});
