import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';

// The web is built against this API: every exam route appears in the OpenAPI document.
describe.each(DIALECTS.slice(0, 1))('exam API documentation on $name', (dialect) => {
  const env = useTestEnv(dialect, { seed: false });
  it('lists the exam endpoints with their schemas', async () => {
    const res = await env.anonymous.get('/api/docs/json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths).filter((p) => p.startsWith('/api/exams'));
    expect(paths.length).toBeGreaterThanOrEqual(35);
    expect(res.body.paths['/api/exams/attempts/{id}/answers/{questionId}'].put.requestBody).toBeTruthy();
    expect(res.body.paths['/api/exams/attempts/{id}'].get.responses['200']).toBeTruthy();
  });
});
