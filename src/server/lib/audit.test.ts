import { describe, expect, it } from 'vitest';
import { diff } from './audit.js';

// The audit log says what changed and no more: only the fields whose value differs.
describe('diff', () => {
  const before = { name: '王芳', phone: '138', skills: '["信用卡"]', position: null as string | null };

  it('keeps only the fields that changed, with their old and new values', () => {
    expect(diff(before, { name: '王芳', phone: '139', position: '坐席' })).toEqual({
      oldValue: { phone: '138', position: null },
      newValue: { phone: '139', position: '坐席' },
      changed: true,
    });
  });

  it('sees no change when every value is the same, arrays and nulls included', () => {
    expect(diff({ ...before, tags: ['a', 'b'] }, { name: '王芳', position: null, tags: ['a', 'b'] })).toEqual({
      oldValue: {},
      newValue: {},
      changed: false,
    });
  });

  it('sees a change to or from null, and in the order of an array', () => {
    expect(diff({ a: null, b: [1, 2] } as Record<string, unknown>, { a: 0, b: [2, 1] }).newValue).toEqual({
      a: 0,
      b: [2, 1],
    });
  });
});
