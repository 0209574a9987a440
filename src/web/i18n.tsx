import { ConfigProvider } from 'antd';
import antdEn from 'antd/locale/en_US';
import antdZh from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { LOCALES, type Locale } from '../common/roles';
import type zhCN from './locales/zh-CN';

// A tiny i18n: nested message objects per language, keys checked by the compiler, `{name}`
// placeholders. zh-CN is the default; the choice is kept in localStorage before sign-in and
// in the user's profile after (see LanguageSwitch).
// Each language's messages are a chunk of their own, fetched when that language is first used
// (main.tsx waits for the current one before the first render): nobody downloads both.

type Messages = typeof zhCN;
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];
export type MsgKey = Paths<Messages>;
export type Vars = Record<string, string | number>;

const LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  'zh-CN': () => import('./locales/zh-CN'),
  'en-US': () => import('./locales/en-US'),
};
const DICTS: Partial<Record<Locale, Messages>> = {};

/** Fetches a language's messages once; later calls answer at once. */
export async function loadMessages(l: Locale): Promise<void> {
  DICTS[l] ??= (await LOADERS[l]()).default;
}
const ANTD = { 'zh-CN': antdZh, 'en-US': antdEn };
const DAYJS = { 'zh-CN': 'zh-cn', 'en-US': 'en' };
const STORAGE_KEY = 'seatwise.locale';

const applyToDocument = (l: Locale) => {
  dayjs.locale(DAYJS[l]);
  document.documentElement.lang = l;
  // document.title belongs to the route table (routes.tsx useTabTitle): `<page> · Seatwise`.
};

function storedLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  return LOCALES.find((l) => l === saved) ?? 'zh-CN';
}

let current: Locale = storedLocale();
applyToDocument(current);

/** The language the app starts in (before the first render, main.tsx loads its messages). */
export const startLocale = () => current;
let wanted: Locale = current;

function lookup(key: string): string | undefined {
  let node: unknown = DICTS[current];
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const fill = (text: string, vars?: Vars) =>
  vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;

/** Translate a key known at compile time. */
export const translate = (key: MsgKey, vars?: Vars) => fill(lookup(key) ?? key, vars);

/** Translate a key built at run time (an error code, a field name); undefined when there is none. */
export const translateMaybe = (key: string, vars?: Vars) => {
  const text = lookup(key);
  return text === undefined ? undefined : fill(text, vars);
};

interface I18n {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: typeof translate;
}
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(current);
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    wanted = l;
    // The switch shows once the messages are here; until then the page stays in the old language
    // (and of two quick switches, the last one wins).
    void loadMessages(l).then(() => {
      if (wanted !== l) return;
      current = l;
      applyToDocument(l);
      setState(l);
    });
  }, []);
  // A new `t` per language makes every component that uses it render again.
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, vars) => translate(key, vars) }),
    [locale, setLocale],
  );
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={ANTD[locale]} theme={{ token: { colorPrimary: '#1f6feb' } }}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export const useT = () => useI18n().t;
