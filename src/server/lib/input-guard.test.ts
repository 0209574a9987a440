import { describe, expect, it } from 'vitest';
import { findNul, inspectInput, MAX_DEPTH } from './input-guard.js';

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

describe('inspectInput', () => {
  const nest = (levels: number) => {
    let v: unknown = 'leaf';
    for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
    return v;
  };

  it('refuses containers nested deeper than MAX_DEPTH, without recursion, however deep', () => {
    expect(inspectInput(nest(MAX_DEPTH))).toBeNull();
    expect(inspectInput(nest(MAX_DEPTH + 1))).toBe('tooDeep');
    expect(inspectInput(nest(200_000))).toBe('tooDeep'); // would overflow any recursive walk
    expect(findNul(nest(200_000))).toBeNull();
  });

  it('still names the first NUL in key order', () => {
    expect(inspectInput({ a: ['x', { b: 'y\u0000' }], c: '\u0000' })).toEqual({ nul: 'a.1.b' });
  });
});
