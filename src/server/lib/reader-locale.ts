import { z } from 'zod';
import { LOCALES, type Locale } from '../../common/roles.js';

// Files a person downloads (exports, templates) are worded in the reader's language: the one a
// request asks for (?locale=), else the one in the user's profile, else the center's zh-CN.

export const LocaleParam = z
  .enum(LOCALES)
  .optional()
  .describe('the file’s language; the signed-in user’s language when absent');

export const readerLocale = (asked: Locale | undefined, actor: { locale: string }): Locale =>
  asked ?? LOCALES.find((l) => l === actor.locale) ?? 'zh-CN';
