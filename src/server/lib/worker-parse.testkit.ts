import { afterAll, beforeAll } from 'vitest';
import { setInlineBelowBytes } from './worker-parse.js';

/** In this describe block, every parse goes to a worker thread, however small the file. */
export function forceWorkerThreads() {
  let was: number;
  beforeAll(() => {
    was = setInlineBelowBytes(0);
  });
  afterAll(() => {
    setInlineBelowBytes(was);
  });
}
