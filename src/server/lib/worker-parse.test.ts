import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { runInWorker, streamFromWorker } from './worker-parse.js';

const module = new URL('./worker-parse.fixture.js', import.meta.url);

describe('parsing off the request thread', () => {
  it('runs a function on another thread and returns its result', async () => {
    const r = await runInWorker<{ total: number; threadId: number }>({
      module,
      fn: 'sum',
      args: [[1, 2, 3]],
      bytes: 1e9,
    });
    expect(r.total).toBe(6);
    expect(r.threadId).not.toBe(threadId);
  });

  it('runs small inputs inline', async () => {
    const r = await runInWorker<{ threadId: number }>({ module, fn: 'sum', args: [[1]], bytes: 10 });
    expect(r.threadId).toBe(threadId);
  });

  it('gives back an AppError from the worker as the same AppError', async () => {
    const err = await runInWorker({ module, fn: 'refuse', args: [], bytes: 1e9 }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ statusCode: 400, errorCode: 'BAD_FILE', field: 'file' });
  });

  it('streams what a generator yields, in order, with backpressure', async () => {
    const seen: number[] = [];
    for await (const x of streamFromWorker<{ i: number; threadId: number }>({
      module,
      fn: 'count',
      args: [50],
      bytes: 1e9,
      ahead: 1,
    })) {
      expect(x.threadId).not.toBe(threadId);
      seen.push(x.i);
    }
    expect(seen).toEqual(Array.from({ length: 50 }, (_, k) => k + 1));
  });

  it('stops the worker when the caller stops early', async () => {
    let n = 0;
    for await (const _ of streamFromWorker({ module, fn: 'count', args: [1e9], bytes: 1e9 })) if (++n === 3) break;
    expect(n).toBe(3);
  });
});
