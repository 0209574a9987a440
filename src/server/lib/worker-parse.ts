import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from './errors.js';

// Parsing of uploaded files off the request thread (issue 16): a function of a module runs on a
// worker thread, so a big roster, calendar, question bank or interactions file never stalls the
// requests of everyone else. The function is any export of the module that returns a value (or a
// promise of one) — runInWorker — or an async generator — streamFromWorker, with backpressure: the
// worker parses at most `ahead` items further than the caller has taken. An AppError thrown in the
// worker reaches the caller as the same AppError (status, code, field, params), so the answer to a
// bad file is the one the inline code would give.
//
// Small inputs (under `inlineBelowBytes`) run inline, in this thread: starting a thread costs more
// than parsing them. Modules given here must be importable on their own in a fresh thread: plain
// functions of their arguments (no database handle, no clock — pass the time in).

export interface WorkerCall {
  /** The module, as `new URL('./x.js', import.meta.url)`; under tsx/vitest its .ts file is used. */
  module: URL;
  /** The name of the exported function. */
  fn: string;
  /** Its arguments: values the structured clone can copy (Buffers, arrays, plain objects, Maps). */
  args: unknown[];
  /** Size of the input in bytes; under inlineBelowBytes it runs on this thread. */
  bytes?: number;
  inlineBelowBytes?: number;
  /** Stops the worker (the caller then gets an error saying so). */
  signal?: AbortSignal;
}

/** Inputs under this many bytes parse inline (tests may lower it to force the worker path). An
 *  .xlsx is compressed: 250 KB holds a 5,000-row roster, seconds of parsing; 32 KB is a few hundred rows. */
let defaultInlineBelow = 32 * 1024;
export const setInlineBelowBytes = (n: number) => {
  const was = defaultInlineBelow;
  defaultInlineBelow = n;
  return was;
};

const RUNNING_TS = import.meta.url.endsWith('.ts');
/** Under tsx or vitest, sources are .ts files that import each other as .js. */
export function moduleFile(url: URL): URL {
  if (!RUNNING_TS || !url.pathname.endsWith('.js')) return url;
  const ts = new URL(url.href.replace(/\.js$/, '.ts'));
  return existsSync(fileURLToPath(ts)) ? ts : url;
}

// The worker's side, as source text (eval), so it needs no file of its own in the build: it
// loads tsx when the module is a .ts source, imports the module, runs the function and posts
// what it returns or yields; in stream mode it keeps at most `ahead` items unacknowledged.
const ENTRY = `
const { parentPort, workerData } = require('node:worker_threads');
const { module, fn, args, mode, ahead, ts } = workerData;
const port = parentPort;
let credit = ahead;
let wake = null;
port.on('message', () => { credit++; if (wake) wake(); });
const wire = (e) => ({ message: String((e && e.message) || e), statusCode: e && e.statusCode, errorCode: e && e.errorCode, field: e && e.field, params: e && e.params });
(async () => {
  try {
    if (ts) (await import('tsx/esm/api')).register();
    const mod = await import(module);
    // A Buffer crosses threads as a plain Uint8Array: it is made a Buffer again for the parser.
    const input = args.map((a) => (a instanceof Uint8Array && !Buffer.isBuffer(a) ? Buffer.from(a.buffer, a.byteOffset, a.byteLength) : a));
    if (mode === 'call') port.postMessage({ type: 'done', value: await mod[fn](...input) });
    else {
      for await (const item of mod[fn](...input)) {
        while (credit <= 0) await new Promise((r) => { wake = r; });
        wake = null;
        credit--;
        port.postMessage({ type: 'item', item });
      }
      port.postMessage({ type: 'done', value: null });
    }
  } catch (err) {
    port.postMessage({ type: 'error', error: wire(err) });
  }
  port.unref();
})();
`;

interface WireError {
  message: string;
  statusCode?: number;
  errorCode?: string;
  field?: string;
  params?: Record<string, string | number>;
}
export type WorkerMessage =
  { type: 'item'; item: unknown } | { type: 'done'; value: unknown } | { type: 'error'; error: WireError };

const toError = (e: WireError) =>
  e.errorCode && e.statusCode
    ? new AppError(e.statusCode, e.errorCode, e.message, e.field, e.params)
    : new Error(e.message);

const inline = (c: WorkerCall) => (c.bytes ?? Infinity) < (c.inlineBelowBytes ?? defaultInlineBelow);

function spawn(c: WorkerCall, mode: 'call' | 'stream', ahead: number) {
  const module = moduleFile(c.module).href;
  return new Worker(ENTRY, {
    eval: true,
    // tsx compiles .ts sources in the worker as it does in this thread.
    workerData: { module, fn: c.fn, args: c.args, mode, ahead, ts: module.endsWith('.ts') },
    // A parse is bounded work; the worker's own heap keeps a big file from crowding the server's.
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
}

const aborted = (signal: AbortSignal) => new Error(`parse stopped (${String(signal.reason)})`);

/** Calls module.fn(...args) on a worker thread (inline when small) and returns its result. */
export async function runInWorker<T>(c: WorkerCall): Promise<T> {
  if (inline(c)) {
    const mod = await import(moduleFile(c.module).href);
    return mod[c.fn](...c.args) as T;
  }
  const worker = spawn(c, 'call', 0);
  try {
    return await new Promise<T>((resolve, reject) => {
      const stop = () => reject(aborted(c.signal!));
      c.signal?.addEventListener('abort', stop, { once: true });
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'done') resolve(m.value as T);
        else if (m.type === 'error') reject(toError(m.error));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`parse worker exited (${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}

/** Iterates the async generator module.fn(...args) running on a worker thread (inline when small). */
export async function* streamFromWorker<T>(c: WorkerCall & { ahead?: number }): AsyncGenerator<T> {
  if (inline(c)) {
    const mod = await import(moduleFile(c.module).href);
    for await (const item of mod[c.fn](...c.args) as AsyncIterable<T>) {
      if (c.signal?.aborted) throw aborted(c.signal);
      yield item;
    }
    return;
  }
  const worker = spawn(c, 'stream', c.ahead ?? 2);
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const push = (m: WorkerMessage) => {
    queue.push(m);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (err) => {
    failure = err;
    wake?.();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`parse worker exited (${code})`);
    wake?.();
  });
  const stop = () => {
    failure = aborted(c.signal!);
    wake?.();
  };
  c.signal?.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const m = queue.shift();
      if (!m) {
        if (failure) throw failure;
        await new Promise<void>((r) => {
          wake = r;
        });
        wake = null;
        continue;
      }
      if (m.type === 'error') throw toError(m.error);
      if (m.type === 'done') return;
      worker.postMessage('more'); // one taken: the worker may parse one more ahead
      yield m.item as T;
    }
  } finally {
    c.signal?.removeEventListener('abort', stop);
    await worker.terminate();
  }
}
