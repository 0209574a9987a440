import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS } from '../../../server/lib/settings';
import en from '../../locales/en-US/settings';
import zh from '../../locales/zh-CN/settings';
import { groupOf } from './settingGroups';

// A setting added on the server must not reach the settings page as a bare key: each one needs a
// name, an explanation and a unit in both languages, and a section of the page.

type Entry = { label: string; help: string; unit: string };
const KEYS = Object.keys(SETTING_DEFAULTS);

/** The locale entry of a key: items are nested along the key's dots (auth.lockMinutes → items.auth.lockMinutes). */
function entryOf(items: object, key: string): Entry | undefined {
  let node: unknown = items;
  for (const part of key.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node && typeof node === 'object' && 'label' in node ? (node as Entry) : undefined;
}

/** Every key the locale names (the paths down to an object with a label). */
function keysIn(node: object, prefix = ''): string[] {
  if ('label' in node) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keysIn(v as object, prefix ? `${prefix}.${k}` : k));
}

describe.each([
  ['zh-CN', zh],
  ['en-US', en],
] as const)('setting labels in %s', (_, messages) => {
  it.each(KEYS)('%s has a label, an explanation and a unit', (key) => {
    const entry = entryOf(messages.items, key);
    expect(entry, `locales/*/settings.ts items.${key}`).toBeDefined();
    expect(entry!.label.trim()).not.toBe('');
    expect(entry!.help.trim()).not.toBe('');
    expect(typeof entry!.unit).toBe('string');
  });

  it('names no setting the server does not have', () => {
    expect(keysIn(messages.items).filter((k) => !KEYS.includes(k))).toEqual([]);
  });
});

describe('settings page sections', () => {
  it('puts every setting in a named section', () => {
    expect(KEYS.filter((k) => groupOf(k) === 'other')).toEqual([]);
  });

  it('warns that a new service-level threshold recounts the past in the background', () => {
    expect(entryOf(zh.items, 'interactions.serviceLevelSeconds')!.help).toContain('后台按新阈值重算');
    expect(entryOf(en.items, 'interactions.serviceLevelSeconds')!.help).toContain(
      'recounts past service level in the background',
    );
  });

  it('says the exam sweep interval applies without a restart, and that a center west of Greenwich has a negative offset', () => {
    expect(entryOf(zh.items, 'exams.sweepSeconds')!.help).toContain('无需重启');
    expect(entryOf(en.items, 'exams.sweepSeconds')!.help).toContain('No restart needed');
    expect(entryOf(zh.items, 'center.utcOffsetMinutes')!.help).toContain('−300');
    expect(entryOf(en.items, 'center.utcOffsetMinutes')!.help).toContain('−300');
  });
});
