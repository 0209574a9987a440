import { translateMaybe } from '../../i18n';

// What a setting is called and what it means, in the current language (locales/*/settings.ts,
// items nested along the key). A key without an entry still shows, under its own key, so a
// setting the web does not know yet can be changed anyway.

export interface SettingText {
  label: string;
  help: string;
  unit: string;
}

export function settingText(key: string): SettingText {
  const at = (part: keyof SettingText) => translateMaybe(`settings.items.${key}.${part}`);
  return { label: at('label') ?? key, help: at('help') ?? '', unit: at('unit') ?? '' };
}

// Signs written against the number; words take a space (20 秒, 15 minutes).
const ATTACHED = new Set(['%', '×']);

/** A value with its unit, as the page shows it (20,000 rows: limits run to a million). */
export function withUnit(value: number, unit: string) {
  const n = value.toLocaleString('en-US');
  return !unit ? n : ATTACHED.has(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

/** Does the search text (already lower-cased) find this setting by its name or its key? */
export const matches = (key: string, text: SettingText, q: string) =>
  !q || key.toLowerCase().includes(q) || text.label.toLowerCase().includes(q);
