// The process's own figures in the Prometheus text format (version 0.0.4), kept in memory: each
// node is scraped on its own. No client library: a histogram is a handful of counters.

// Seconds. Most API answers should land in the first buckets (aim: p99 < 50 ms).
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Series = { counts: number[]; sum: number; count: number };
const latency = new Map<string, Series>();

/** One answered request: its route pattern (never the raw URL, to bound the series), method and status. */
export function observeRequest(route: string, method: string, status: number, seconds: number) {
  const key = `${method}\u0000${route}\u0000${status}`;
  let s = latency.get(key);
  if (!s) latency.set(key, (s = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
  for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]) s.counts[i]++;
  s.sum += seconds;
  s.count++;
}

// Import throughput: a running total (Prometheus takes rate() of it) and, for a glance without
// PromQL, rows per second over the last minute from per-second buckets.
const WINDOW_SECONDS = 60;
let importedTotal = 0;
const perSecond = new Map<number, number>();

/** The import calls this after each committed batch with the number of rows it wrote. */
export function countImportedRows(n: number, atMs: number = performance.now() /* machine time */) {
  if (!(n > 0)) return;
  importedTotal += n;
  const second = Math.floor(atMs / 1000);
  perSecond.set(second, (perSecond.get(second) ?? 0) + n);
  for (const s of perSecond.keys()) if (s <= second - WINDOW_SECONDS) perSecond.delete(s);
}

function importRowsPerSecond(atMs: number) {
  const now = Math.floor(atMs / 1000);
  let rows = 0;
  for (const [s, n] of perSecond) if (s > now - WINDOW_SECONDS) rows += n;
  return rows / WINDOW_SECONDS;
}

/** Forget every figure (tests). */
export function resetMetrics() {
  latency.clear();
  perSecond.clear();
  importedTotal = 0;
}

const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labels = (l: Record<string, string>) =>
  `{${Object.entries(l)
    .map(([k, v]) => `${k}="${escape(v)}"`)
    .join(',')}}`;

export type QueueDepth = { kind: string; state: string; count: number }[];

export function renderMetrics(queue: QueueDepth, atMs: number = performance.now() /* machine time */): string {
  const out: string[] = [];
  const head = (name: string, type: string, help: string) =>
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);

  head(
    'seatwise_http_request_duration_seconds',
    'histogram',
    'Time to answer an HTTP request, by route pattern and status.',
  );
  for (const [key, s] of [...latency].sort(([a], [b]) => a.localeCompare(b))) {
    const [method, route, status] = key.split('\u0000');
    const l = { method, route, status };
    BUCKETS.forEach((le, i) =>
      out.push(`seatwise_http_request_duration_seconds_bucket${labels({ ...l, le: String(le) })} ${s.counts[i]}`),
    );
    out.push(`seatwise_http_request_duration_seconds_bucket${labels({ ...l, le: '+Inf' })} ${s.count}`);
    out.push(`seatwise_http_request_duration_seconds_sum${labels(l)} ${s.sum}`);
    out.push(`seatwise_http_request_duration_seconds_count${labels(l)} ${s.count}`);
  }

  head(
    'seatwise_jobs',
    'gauge',
    'Background jobs waiting or running, by kind and state (all nodes: read from the jobs table).',
  );
  for (const q of queue) out.push(`seatwise_jobs${labels({ kind: q.kind, state: q.state })} ${q.count}`);

  head('seatwise_import_rows_total', 'counter', 'Interaction rows written by imports on this node.');
  out.push(`seatwise_import_rows_total ${importedTotal}`);
  head(
    'seatwise_import_rows_per_second',
    'gauge',
    'Interaction rows imported per second on this node, over the last minute.',
  );
  out.push(`seatwise_import_rows_per_second ${importRowsPerSecond(atMs)}`);

  const mem = process.memoryUsage();
  const cpu = process.cpuUsage();
  head('process_resident_memory_bytes', 'gauge', 'Resident memory of this node.');
  out.push(`process_resident_memory_bytes ${mem.rss}`);
  head('process_cpu_seconds_total', 'counter', 'User and system CPU time of this node.');
  out.push(`process_cpu_seconds_total ${(cpu.user + cpu.system) / 1e6}`);
  head('process_uptime_seconds', 'gauge', 'Seconds since this node started.');
  out.push(`process_uptime_seconds ${Math.round(process.uptime())}`);
  return out.join('\n') + '\n';
}
