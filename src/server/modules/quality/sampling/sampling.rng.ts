import { randomBytes } from 'node:crypto';

// The seeded random numbers behind a reproducible draw (issue 7: "same seed + same data → same
// samples"). xoshiro128** (Blackman & Vigna) seeded through splitmix32, written here rather than
// taken from Math.random, which cannot be seeded. Each agent gets its own stream, derived from
// the draw's seed and the agent's id, so one agent's data never shifts another agent's picks.

/** FNV-1a, 32 bits: a stable number for a string key. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/** A generator of floats in [0, 1) from a 32-bit seed. */
export function xoshiro128(seed: number): () => number {
  const sm = splitmix32(seed);
  let a = sm(),
    b = sm(),
    c = sm(),
    d = sm();
  if ((a | b | c | d) === 0) a = 1; // the all-zero state never leaves zero
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result / 4294967296;
  };
}

/** The stream for one key (an agent) within a draw. */
export const streamFor = (seed: number, key: string) => xoshiro128((seed ^ hash32(key)) >>> 0);

/** A fresh seed for a draw that was given none (stored with the draw, so it can be repeated). */
export const newSeed = () => randomBytes(4).readUInt32BE(0);
