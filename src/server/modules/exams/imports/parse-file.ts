import { QuestionInput, type ImportFormat } from '../../../../common/exams-questions.js';
import type { z } from 'zod';
import { AppError, badRequest } from '../../../lib/errors.js';
import { toContent } from '../grading/grading.score.js';
import type { EmbeddedFile, Parsed, ParseError, Skipped, Warning } from './import-common.js';
import { parseGift } from './import-gift.js';
import { parseMoodleXml } from './import-moodle.js';
import { parseXlsx } from './import-xlsx.js';

// A question file read and checked, run on a worker thread by imports.service (issue 16: a 20 MB
// bank must not stall anyone else's requests). A plain function of its arguments — no database,
// no clock — returning what the structured clone copies; an AppError (a file that is not XML, not
// UTF-8, not the template) reaches the request as it was thrown here.

export type Format = z.infer<typeof ImportFormat>;

export interface CheckedFile {
  questions: Record<string, unknown>[];
  skipped: Skipped[];
  errors: ParseError[];
  warnings: Warning[];
  /** The embedded files a kept question refers to. */
  files: EmbeddedFile[];
}

async function parse(format: Format, buf: Buffer): Promise<Parsed> {
  if (format === 'xlsx') return parseXlsx(buf);
  const text = buf.toString('utf8');
  if (text.includes('\uFFFD')) throw badRequest('BAD_FILE', 'The file is not UTF-8 text', 'file');
  return format === 'gift' ? parseGift(text) : parseMoodleXml(text);
}

/** Parses the file and checks each question by the rules of one typed in; embedded files over
 *  `embeddedMaxBytes` are listed as warnings, not kept. */
export async function checkQuestionFile(format: Format, buf: Buffer, embeddedMaxBytes: number): Promise<CheckedFile> {
  const parsed = await parse(format, buf);
  const questions: Record<string, unknown>[] = [];
  const errors: ParseError[] = [...parsed.errors];
  const warnings: Warning[] = [...parsed.warnings];
  for (const item of parsed.items) {
    const files = (item.input.files ?? []) as { name: string; hash: string; size: number }[];
    const kept = files.filter((f) => f.size <= embeddedMaxBytes);
    for (const f of files.filter((x) => x.size > embeddedMaxBytes)) {
      warnings.push({
        index: item.index,
        name: item.name,
        message: `${f.name} (${Math.ceil(f.size / 1024)} KB) is over the ${embeddedMaxBytes / 1024} KB limit for an embedded file: not kept`,
      });
    }
    if (files.length) item.input.files = kept;
    const r = QuestionInput.safeParse(item.input);
    if (!r.success) {
      const issue = r.error.issues[0];
      errors.push({ index: item.index, name: item.name, field: issue.path.join('.') || null, message: issue.message });
      continue;
    }
    try {
      toContent(r.data);
      questions.push({ index: item.index, ...r.data });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      errors.push({ index: item.index, name: item.name, field: err.field ?? null, message: err.message });
    }
  }
  if (!questions.length && !parsed.skipped.length && !errors.length)
    throw badRequest('EMPTY_FILE', 'No questions were found in the file', 'file');
  errors.sort((a, b) => a.index - b.index);
  warnings.sort((a, b) => a.index - b.index);
  const used = new Set(questions.flatMap((q) => ((q.files ?? []) as { hash: string }[]).map((f) => f.hash)));
  return {
    questions,
    skipped: parsed.skipped,
    errors,
    warnings,
    files: [...parsed.files.values()].filter((f) => used.has(f.hash)),
  };
}

/** checkQuestionFile with its lists as JSON text: a few strings cross back to the request thread
 *  and go to the database as they are, where 100,000 question objects would be copied and
 *  serialized there, stalling everyone for seconds. */
export async function checkQuestionFileAsJson(format: Format, buf: Buffer, embeddedMaxBytes: number) {
  const c = await checkQuestionFile(format, buf, embeddedMaxBytes);
  return {
    questions: JSON.stringify(c.questions),
    skipped: JSON.stringify(c.skipped),
    errors: JSON.stringify(c.errors),
    warnings: JSON.stringify(c.warnings),
    files: c.files,
  };
}
