import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every errorCode the server can answer has its text in both languages, in the one place the web
// looks (errors.<code>, from src/web/locales/<lang>/errors.ts with the per-area files spread in).
// A new code without a text fails here instead of showing the server's English message.

const server = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(server, '../..');

// A code reaches the client as the first argument of an error helper (a ternary may name two), as
// the code a 404 is turned into (discipline's notFoundAs), or as a { code, message } problem a
// service collects and then throws. Import rejects ({ line, code, … }) are rows of a report with
// their own texts (interactions.rejects), not errors.
const CALL = /\b(?:ruleBroken|conflict|badRequest|refused|AppError)\(\s*(?:\d+\s*,\s*)?([^,]+),/g;
const RENAMED_404 = /\bnotFoundAs\([^;]*?, '([A-Z][A-Z0-9_]+)'/g;
const PROBLEM = /\{\s*code: '([A-Z][A-Z0-9_]+)',\s*message:/g;
const skipped = (file: string) => !file.endsWith('.ts') || /\.test\.|testkit|^test\/|^demo\//.test(file);

function thrownCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of fs.readdirSync(server, { recursive: true, encoding: 'utf8' })) {
    if (skipped(file)) continue;
    const source = fs.readFileSync(path.join(server, file), 'utf8');
    for (const m of source.matchAll(CALL)) for (const c of m[1].matchAll(/'([A-Z][A-Z0-9_]+)'/g)) codes.set(c[1], file);
    for (const m of [...source.matchAll(RENAMED_404), ...source.matchAll(PROBLEM)]) codes.set(m[1], file);
    if (source.includes('assertDateOrder(')) codes.set('BAD_DATE_RANGE', file); // lib/date-range.ts throws it for the caller
  }
  // Problems found by the one quality scoring function are thrown with their own code.
  const scoring = fs.readFileSync(path.join(root, 'src/common/quality-scoring.ts'), 'utf8');
  for (const c of scoring.matchAll(/code: '([A-Z][A-Z0-9_]+)'/g)) codes.set(c[1], 'quality-scoring.ts');
  return codes;
}

// Imported at run time: the web's locale modules are not part of the server's TypeScript project.
const localeOf = async (lang: string, file: string) =>
  (
    (await import(/* @vite-ignore */ path.join(root, `src/web/locales/${lang}/${file}.ts`))) as {
      default: Record<string, string>;
    }
  ).default;

describe('error texts', () => {
  it('finds the codes it checks (the scan itself works)', () => {
    const codes = thrownCodes();
    expect(codes.size).toBeGreaterThan(250);
    expect(codes.get('SUGGESTION_REQUIRED')).toBe('modules/quality/evaluations/evaluations.service.ts');
    expect(codes.get('NA_NOT_ALLOWED')).toBe('quality-scoring.ts');
    expect(codes.get('TOTP_ALREADY_ON')).toBe('modules/auth/totp.service.ts');
    expect(codes.get('SETTING_OUT_OF_RANGE')).toBe('lib/settings.ts');
    expect(codes.get('UNKNOWN_INTERACTION')).toBeDefined();
    expect(codes.has('DUPLICATE_IN_FILE')).toBe(false);
  });

  it.each(['zh-CN', 'en-US'])('has a %s text for every errorCode thrown in src/server', async (lang) => {
    const errors = await localeOf(lang, 'errors');
    const missing = [...thrownCodes()]
      .filter(([code]) => !errors[code]?.trim())
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it.each(['qualityErrors', 'trainingErrors', 'eliminationErrors', 'disciplineErrors', 'appraisalErrors'])(
    'keeps the %s texts as written (no later spread in errors.ts overrides one)',
    async (area) => {
      for (const lang of ['zh-CN', 'en-US']) {
        const errors = await localeOf(lang, 'errors');
        for (const [code, text] of Object.entries(await localeOf(lang, area)))
          expect(errors[code], `${lang} ${code}`).toBe(text);
      }
    },
  );
});
