import { describe, expect, it } from 'vitest';
import en from './en-US';
import zh from './zh-CN';

// The two catalogs are complete: every key in one has a non-empty text in the other, and each
// text names the same {placeholders} (a missing one would show a raw "{year}" to the reader).

type Tree = { [k: string]: string | Tree };
function leaves(node: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(node)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}
const zhTexts = leaves(zh as unknown as Tree);
const enTexts = leaves(en as unknown as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locale catalogs', () => {
  it('has thousands of keys (the walk itself works)', () => {
    expect(zhTexts.size).toBeGreaterThan(1000);
  });

  it('has the same keys in zh-CN and en-US', () => {
    expect([...zhTexts.keys()].filter((k) => !enTexts.has(k))).toEqual([]);
    expect([...enTexts.keys()].filter((k) => !zhTexts.has(k))).toEqual([]);
  });

  it('leaves no text empty in one language only', () => {
    // Empty in both is on purpose (nothing to show); a setting's unit may be empty in English
    // alone: English says "month 11", Chinese "11 月".
    const mayBeEmpty = (k: string) => /^settings\.items\..+\.unit$/.test(k);
    const empty = [...zhTexts, ...enTexts]
      .filter(([k, v]) => !v.trim() && !mayBeEmpty(k) && (zhTexts.get(k)!.trim() || enTexts.get(k)!.trim()))
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('names the same placeholders in both languages', () => {
    // A mapping field shows its own name in the reader's language: {zh} in Chinese, {en} in English.
    const byLanguage = new Set(['interactions.mappings.fieldName']);
    const differ = [...zhTexts]
      .filter(
        ([k, v]) =>
          enTexts.has(k) && !byLanguage.has(k) && placeholders(v).join() !== placeholders(enTexts.get(k)!).join(),
      )
      .map(([k]) => k);
    expect(differ).toEqual([]);
  });
});
