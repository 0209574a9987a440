import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from './ids.js';
import { nowIso } from './clock.js';

// Ids are UUIDv7 (RFC 9562) made by the app: the time comes first, so ids sort in the order
// they were made and new rows land at the end of an index.

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const msOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('newId', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is a UUID of version 7 with the RFC variant', () => {
    for (let i = 0; i < 1000; i++) expect(newId()).toMatch(UUID_V7);
  });

  it('starts with the current time in milliseconds', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    // Ids made in a burst may run a few ms ahead of the clock, never behind it.
    expect(msOf(id)).toBeGreaterThanOrEqual(before);
    expect(msOf(id)).toBeLessThanOrEqual(after + 50);
  });

  it('sorts in the order the ids were made, even many in the same millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) {
      if (!(ids[i - 1] < ids[i])) throw new Error(`out of order at ${i}: ${ids[i - 1]} then ${ids[i]}`);
    }
  });

  it('keeps its order when the clock stands still or steps back', () => {
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(Date.UTC(2030, 0, 1));
    const a = newId();
    const b = newId();
    now.mockReturnValue(Date.UTC(2029, 11, 31)); // the clock was corrected backwards
    const c = newId();
    expect(a < b && b < c).toBe(true);
    expect([a, b, c].every((id) => UUID_V7.test(id))).toBe(true);
  });
});

describe('nowIso', () => {
  it('is an ISO-8601 UTC timestamp', () => {
    expect(nowIso()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
