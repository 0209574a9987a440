import { createHash } from 'node:crypto';

// What every question importer returns: raw question inputs (checked later by the same rules as
// a question typed in), the items it could not take with the reason, parse errors, warnings
// (what a question kept only in part) and the embedded files the questions refer to.
export interface ParsedItem {
  index: number;
  name: string;
  input: Record<string, unknown>;
}
export interface Skipped {
  index: number;
  name: string;
  type: string;
  reason: string;
}
export interface ParseError {
  index: number;
  name: string;
  field: string | null;
  message: string;
}
export interface Warning {
  index: number;
  name: string;
  message: string;
}
export interface EmbeddedFile {
  hash: string;
  mime: string;
  size: number;
  data: string;
}
export interface Parsed {
  items: ParsedItem[];
  skipped: Skipped[];
  errors: ParseError[];
  warnings: Warning[];
  files: Map<string, EmbeddedFile>;
}
export const emptyParsed = (): Parsed => ({ items: [], skipped: [], errors: [], warnings: [], files: new Map() });

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** An embedded image in a plain text: `![alt](@@PLUGINFILE@@/name)`; the web shows the file. */
export const IMAGE_TOKEN = /!\[([^\]\n]*)\]\(@@PLUGINFILE@@\/([^)\s]+)\)/g;

/** Moodle and GIFT texts may be HTML; the bank keeps plain text (the web never renders HTML),
 *  with embedded images as tokens. */
export function htmlToText(s: string): string {
  return s
    .replace(/<img\b[^>]*>/gi, (tag) => {
      const src = /\bsrc\s*=\s*["']@@PLUGINFILE@@\/([^"']+)["']/i.exec(tag);
      if (!src) return '';
      const alt = /\balt\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
      return `![${decodeEntities(alt).replace(/[\]\n]/g, ' ')}](@@PLUGINFILE@@/${src[1].replace(/[()\s]/g, encodeURIComponent)})`;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m) => decodeEntities(m))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntities(s: string) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** A text in its Moodle format: html is turned into text; plain, Moodle and Markdown texts are
 *  kept as written (the web shows them as plain text). */
export const textIn = (format: string | undefined, raw: string) =>
  !format || format === 'html' ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n').trim();

/** Image names a text refers to. */
export const imagesIn = (text: string) => [...text.matchAll(IMAGE_TOKEN)].map((m) => decodeURIComponent(m[2]));

/** Moodle grades in percent (100, 50, -33.33333) as a fraction rounded to 6 places. */
export const percent = (v: string | number) => Math.round(Number(v) * 10_000) / 1_000_000;

// The grades Moodle offers for an answer (question/format.php): anything else was typed by hand
// or is a typo, and scoring it would give a right answer less than full marks.
const GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
  0,
];

/** Why a grade (in percent) is not one Moodle allows, or null when it is. */
export function badGrade(v: string | number, negativeAllowed: boolean): string | null {
  const n = Number(v);
  if (!Number.isFinite(n)) return `grade "${v}" is not a number`;
  if (n < 0 && !negativeAllowed) return `grade ${n}% is negative, which this question type does not allow`;
  if (!GRADES.some((g) => Math.abs(Math.abs(n) - g) < 0.0002))
    return `grade ${n}% is not one Moodle allows (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0)`;
  return null;
}

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  pdf: 'application/pdf',
};
export const mimeOf = (name: string) => MIME[name.toLowerCase().split('.').pop() ?? ''] ?? 'application/octet-stream';

/** A base64 file of a question, kept by its SHA-256. */
export function embed(files: Map<string, EmbeddedFile>, name: string, base64: string) {
  const bytes = Buffer.from(base64.replace(/\s+/g, ''), 'base64');
  const hash = createHash('sha256').update(bytes).digest('hex');
  const mime = mimeOf(name);
  files.set(hash, { hash, mime, size: bytes.length, data: bytes.toString('base64') });
  return { name, hash, mime, size: bytes.length };
}

/** Walks a bank for an export: each question with a `lose` that notes what the format cannot
 *  hold and whether a new category starts with it; returns the notes. */
export function walkBank<Q extends { title: string | null; stem: string; category: string | null }>(
  questions: Q[],
  each: (q: Q, lose: (what: string) => void, newCategory: boolean) => void,
): string[] {
  const lost: string[] = [];
  let category: string | null = null;
  for (const q of questions) {
    const name = q.title ?? q.stem.slice(0, 40);
    const newCategory = !!q.category && q.category !== category;
    if (q.category) category = q.category;
    each(q, (what) => lost.push(`${name}: ${what}`), newCategory);
  }
  return lost;
}
