// What every question importer returns: raw question inputs (checked later by the same rules as
// a question typed in), the items it could not take with the reason, and parse errors.
export interface ParsedItem { index: number; name: string; input: Record<string, unknown> }
export interface Skipped { index: number; name: string; type: string; reason: string }
export interface ParseError { index: number; name: string; field: string | null; message: string }
export interface Parsed { items: ParsedItem[]; skipped: Skipped[]; errors: ParseError[] }

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Moodle and GIFT texts may be HTML; the bank keeps plain text (the web never renders HTML). */
export function htmlToText(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A Moodle category path ($course$/top/产品知识/信用卡) as a tag: the part after the context. */
export function categoryTag(path: string): string | null {
  const parts = path.split('/').map((p) => p.trim()).filter(Boolean);
  while (parts.length && (/^\$\w+\$$/.test(parts[0]) || parts[0].toLowerCase() === 'top' || parts[0] === '默认')) parts.shift();
  const tag = parts.join('/');
  return tag ? tag.slice(0, 64) : null;
}

/** Moodle grades in percent (100, 50, -33.33333) as a fraction rounded to 6 places. */
export const percent = (v: string | number) => Math.round(Number(v) * 10_000) / 1_000_000;
