import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { centerToday, nowIso, nowMs, setClock, shiftClock } from './clock.js';

const SERVER = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('the one clock', () => {
  afterEach(() => setClock());

  it('is the only reader of the machine clock in server code, but for lines that say why they need machine time', () => {
    const offenders: string[] = [];
    for (const file of sources(SERVER)) {
      if (file.endsWith(join('lib', 'clock.ts'))) continue;
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/Date\.now\(\)|new Date\(\)/.test(line)) return;
        if (/machine time/.test(line) || /machine time/.test(lines[i - 1] ?? '')) return;
        offenders.push(`${relative(SERVER, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('stands still at a fixed instant, follows a function, shifts, and returns to the machine', () => {
    setClock('2027-01-04T01:00:00Z');
    expect(nowIso()).toBe('2027-01-04T01:00:00.000Z');
    shiftClock(90 * 60_000);
    expect(nowIso()).toBe('2027-01-04T02:30:00.000Z');
    let t = 0;
    setClock(() => 1_000 + t);
    t = 5;
    expect(nowMs()).toBe(1_005);
    setClock();
    expect(Math.abs(nowMs() - Date.now())).toBeLessThan(1_000);
    expect(() => setClock('not a date')).toThrow(/not an instant/);
  });

  it("gives the center's today east and west of Greenwich", () => {
    setClock('2027-01-04T03:30:00Z');
    expect(centerToday(480)).toBe('2027-01-04'); // Shanghai 11:30
    expect(centerToday(-300)).toBe('2027-01-03'); // New York 22:30 the day before
    setClock('2027-01-04T20:00:00Z');
    expect(centerToday(480)).toBe('2027-01-05'); // Shanghai 04:00 the next day
    expect(centerToday(-300)).toBe('2027-01-04');
  });
});
