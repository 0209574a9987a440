import { describe, expect, it } from 'vitest';
import { WORK_SOURCES } from '../../../server/modules/home/work/sources';
import en from '../../locales/en-US/home';
import zh from '../../locales/zh-CN/home';

// Loading the route table sets up the language (saved choice, <html lang>); node has neither.
globalThis.localStorage ??= { getItem: () => null, setItem: () => undefined } as unknown as Storage;
globalThis.document ??= { documentElement: {} } as unknown as Document;
const { ROUTES } = await import('../../routing/table');

// A work item reaches the home page as a sentence and counts on a menu entry: every kind a work
// source gives needs its text in both languages, and every menu it counts toward must exist.

const KINDS = WORK_SOURCES.flatMap((s) => s.kinds);
const MENU_KEYS = new Set(ROUTES.flatMap((r) => (r.menu ? [r.menu.key] : [])));

describe('home work kinds', () => {
  it('has unique source names', () => {
    const names = WORK_SOURCES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ['zh-CN', zh.kinds],
    ['en-US', en.kinds],
  ] as const)('names every kind in %s', (_, kinds) => {
    const texts = kinds as Record<string, string>;
    expect(KINDS.filter((k) => !texts[k]?.trim())).toEqual([]);
  });

  it('counts only toward menu entries that exist', () => {
    expect(WORK_SOURCES.flatMap((s) => s.menus).filter((m) => !MENU_KEYS.has(m))).toEqual([]);
  });
});
