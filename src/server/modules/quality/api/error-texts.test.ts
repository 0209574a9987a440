import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every errorCode the quality module throws has its text in both languages, in the one place the
// web looks (errors.<code>, from src/web/locales/<lang>/errors.ts with qualityErrors.ts spread
// in). A new code without a text fails here instead of showing the server's English message.

// This file lives in quality/api/; the module's source is every subfolder of quality/.
const quality = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(quality, '../../../..');

function thrownCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const call = /\b(?:ruleBroken|conflict|badRequest|refused|AppError)\(\s*(?:\d+\s*,\s*)?([^,]+),/g;
  for (const file of fs.readdirSync(quality, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.includes('.test.') || file.includes('testkit')) continue;
    const source = fs.readFileSync(path.join(quality, file), 'utf8');
    for (const m of source.matchAll(call)) for (const c of m[1].matchAll(/'([A-Z][A-Z0-9_]+)'/g)) codes.set(c[1], file);
    if (source.includes('assertDateOrder(')) codes.set('BAD_DATE_RANGE', file); // lib/date-range.ts throws it for the caller
  }
  // Problems found by the one scoring function are thrown with their own code.
  const scoring = fs.readFileSync(path.join(root, 'src/common/quality-scoring.ts'), 'utf8');
  for (const c of scoring.matchAll(/code: '([A-Z][A-Z0-9_]+)'/g)) codes.set(c[1], 'quality-scoring.ts');
  return codes;
}

// Imported at run time: the web's locale modules are not part of the server's TypeScript project.
const errorsOf = async (lang: string) =>
  ((await import(/* @vite-ignore */ path.join(root, `src/web/locales/${lang}/errors.ts`))) as { default: Record<string, string> }).default;

describe('quality error texts', () => {
  it('finds the codes it checks (the scan itself works)', () => {
    const codes = thrownCodes();
    expect(codes.size).toBeGreaterThan(60);
    expect(codes.get('SUGGESTION_REQUIRED')).toBe('evaluations/evaluations.service.ts');
    expect(codes.get('NA_NOT_ALLOWED')).toBe('quality-scoring.ts');
  });

  it.each(['zh-CN', 'en-US'])('has a %s text for every errorCode thrown in src/server/modules/quality', async (lang) => {
    const errors = await errorsOf(lang);
    const missing = [...thrownCodes()].filter(([code]) => !errors[code]?.trim()).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('keeps the quality texts as written (no later spread in errors.ts overrides one)', async () => {
    for (const lang of ['zh-CN', 'en-US']) {
      const errors = await errorsOf(lang);
      const quality = ((await import(/* @vite-ignore */ path.join(root, `src/web/locales/${lang}/qualityErrors.ts`))) as { default: Record<string, string> }).default;
      for (const [code, text] of Object.entries(quality)) expect(errors[code], `${lang} ${code}`).toBe(text);
    }
  });
});
