import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// Text files from Chinese call centers: UTF-8 (with or without BOM) is the rule, but Excel on
// Chinese Windows saves "CSV" as GBK, and some tools write UTF-16 with a BOM. GB18030 is the
// superset of GBK (and GB2312) that Node's TextDecoder knows. Every reader works on UTF-8; other
// encodings are converted first — in memory for small files, on disk once for large ones.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'gb18030';

/** The encoding of text starting with `sample` (a head of the file: it may end mid-character), or
 *  null when it is not text in any of them (binary, or bytes that are neither UTF-8 nor GB18030). */
export function textEncodingOf(sample: Buffer): TextEncoding | null {
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample.includes(0)) return null;
  if (decodes('utf-8', sample)) return 'utf-8';
  return decodes('gb18030', sample) ? 'gb18030' : null;
}

function decodes(encoding: TextEncoding, sample: Buffer) {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** A whole small file as a string (a BOM dropped), or null when it is not text. */
export function decodeText(buf: Buffer): string | null {
  const encoding = textEncodingOf(buf);
  return encoding && new TextDecoder(encoding).decode(buf);
}

/** Rewrites a file in `encoding` as UTF-8 in place, as a stream (memory stays flat whatever its
 *  size). A byte sequence that is not valid in the encoding fails it: the file is left as it was. */
export async function rewriteAsUtf8(path: string, encoding: Exclude<TextEncoding, 'utf-8'>) {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const toUtf8 = new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        done(null, Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8'));
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        done(null, Buffer.from(decoder.decode(), 'utf8'));
      } catch (err) {
        done(err as Error);
      }
    },
  });
  const converted = `${path}.utf8`;
  try {
    await pipeline(createReadStream(path), toUtf8, createWriteStream(converted));
    await rename(converted, path);
  } finally {
    await rm(converted, { force: true });
  }
}

/** Browsers send a multipart filename as raw UTF-8, which the multipart parser reads as latin1:
 *  read it back as UTF-8 when it is valid UTF-8, else leave it as it came. */
export function repairFileName(name: string): string {
  if (!/^[\x00-\xff]*$/.test(name) || !/[\x80-\xff]/.test(name)) return name;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(name, 'latin1'));
  } catch {
    return name;
  }
}
