import { threadId } from 'node:worker_threads';
import { badRequest } from './errors.js';

// Functions lib/worker-parse.test.ts runs on a worker thread.
export const sum = (xs: number[]) => ({ total: xs.reduce((a, b) => a + b, 0), threadId });
export function refuse(): never {
  throw badRequest('BAD_FILE', 'This is not a file we read', 'file');
}
export async function* count(n: number) {
  for (let i = 1; i <= n; i++) yield { i, threadId };
}
