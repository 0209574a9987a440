import { describe, expect, it } from 'vitest';
import { findNul } from './input-guard.js';

describe('findNul', () => {
  it('names the first field that holds a NUL character, however deep', () => {
    expect(findNul({ name: 'ok', skills: ['a', 'b\u0000c'] })).toBe('skills.1');
    expect(findNul({ a: { b: { c: '\u0000' } } })).toBe('a.b.c');
    expect(findNul('\u0000')).toBe('');
  });

  it('passes ordinary text, numbers, nulls and empty input', () => {
    expect(findNul({ name: '张三 \t\n', n: 1, x: null, list: [] })).toBeNull();
    expect(findNul(undefined)).toBeNull();
    expect(findNul('')).toBeNull();
  });
});
