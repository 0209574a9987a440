// Erlang C (M/M/c queue: Poisson arrivals, exponential handle times, callers wait without
// abandoning) for one interval of a contact center — issue 19 item 6, SPEC §10.
//
//   traffic A = contacts × AHT / interval length (Erlangs, the average number of busy agents)
//   Erlang B by the recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)): no factorial and no
//   power of A is ever formed, so 1 000 agents at 990 Erlangs stays finite and exact to ~1e-12;
//   Erlang C from it: Pw = N·B / (N − A·(1 − B))   (probability that a contact has to wait)
//   service level SL(t) = 1 − Pw · e^(−(N − A)·t / AHT)
//   average speed of answer ASA = Pw · AHT / (N − A)
//   occupancy = A / N
// With N ≤ A the queue grows without bound: Pw = 1, SL = 0, ASA = ∞ (reported as null).
// Required staff adds shrinkage (breaks, training, leave taken on the day): agents / (1 − s),
// rounded up — SPEC §10's default shrinkage is 30%.

export interface ErlangInput {
  /** Contacts offered in the interval. */
  contacts: number;
  /** Average handle time in seconds (talk + hold + wrap). */
  ahtSeconds: number;
  /** Interval length in seconds (1800 for 30 minutes). */
  intervalSeconds: number;
}

export interface ErlangResult {
  agents: number;
  trafficErlangs: number;
  waitProbability: number;
  serviceLevel: number;
  /** Seconds; null when the queue is unstable (agents ≤ traffic). */
  asaSeconds: number | null;
  occupancy: number;
}

/** Offered load in Erlangs. */
export const traffic = ({ contacts, ahtSeconds, intervalSeconds }: ErlangInput) =>
  intervalSeconds > 0 ? (contacts * ahtSeconds) / intervalSeconds : 0;

/** Erlang B blocking probability for `agents` servers and `a` Erlangs (stable recursion). */
export function erlangB(agents: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Erlang C: the probability that a contact waits, for `agents` and `a` Erlangs. */
export function erlangC(agents: number, a: number): number {
  if (a <= 0) return 0;
  if (agents <= a) return 1;
  const b = erlangB(agents, a);
  return (agents * b) / (agents - a * (1 - b));
}

/** Share of contacts answered within `targetSeconds`. */
export function serviceLevel(agents: number, a: number, ahtSeconds: number, targetSeconds: number): number {
  if (a <= 0) return 1;
  if (agents <= a) return 0;
  const pw = erlangC(agents, a);
  return 1 - pw * Math.exp((-(agents - a) * targetSeconds) / ahtSeconds);
}

/** Average speed of answer in seconds; null when the queue is unstable. */
export function averageSpeedOfAnswer(agents: number, a: number, ahtSeconds: number): number | null {
  if (a <= 0) return 0;
  if (agents <= a) return null;
  return (erlangC(agents, a) * ahtSeconds) / (agents - a);
}

export const occupancy = (agents: number, a: number) => (agents > 0 ? Math.min(1, a / agents) : 0);

/** Every figure for a given number of agents. */
export function evaluate(input: ErlangInput, agents: number, targetSeconds: number): ErlangResult {
  const a = traffic(input);
  return {
    agents,
    trafficErlangs: a,
    waitProbability: erlangC(agents, a),
    serviceLevel: serviceLevel(agents, a, input.ahtSeconds, targetSeconds),
    asaSeconds: averageSpeedOfAnswer(agents, a, input.ahtSeconds),
    occupancy: occupancy(agents, a),
  };
}

/** Above this many agents the search gives up (a forecast that large is bad input, not a queue). */
export const MAX_AGENTS = 100_000;

/**
 * The fewest agents whose service level within `targetSeconds` reaches `targetShare` (0–1).
 * No contacts → 0 agents. The search starts at the first stable count (⌊A⌋ + 1) and walks up:
 * the Erlang B value is carried from one count to the next, so the whole search costs one pass
 * of the recursion, not one per candidate.
 */
export function agentsFor(input: ErlangInput, targetShare: number, targetSeconds: number): number {
  const a = traffic(input);
  if (!(a > 0) || !(input.ahtSeconds > 0)) return 0;
  const share = Math.min(Math.max(targetShare, 0), 0.999999);
  let b = 1;
  let n = 0;
  const first = Math.floor(a) + 1;
  for (; n < first;) {
    n += 1;
    b = (a * b) / (n + a * b);
  }
  for (; n <= MAX_AGENTS;) {
    const pw = (n * b) / (n - a * (1 - b));
    const sl = 1 - pw * Math.exp((-(n - a) * targetSeconds) / input.ahtSeconds);
    if (sl >= share) return n;
    n += 1;
    b = (a * b) / (n + a * b);
  }
  return MAX_AGENTS;
}

/** Staff to roster so that `agents` are on the phones after shrinkage (percent, 0–99). */
export function withShrinkage(agents: number, shrinkagePercent: number): number {
  if (agents <= 0) return 0;
  const s = Math.min(Math.max(shrinkagePercent, 0), 99) / 100;
  // The epsilon keeps 14 / 0.7 = 20.000000000000004 from becoming 21.
  return Math.ceil(agents / (1 - s) - 1e-9);
}
