import type { FastifyReply, FastifyRequest } from 'fastify';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { RECORDING_MIMES } from '../../../../common/drills-recordings.js';
import type { Db } from '../../../db/connect.js';
import { badRequest } from '../../../lib/errors.js';
import { readEvidenceFile } from '../../../lib/evidence-files.js';

// The audio files of read-aloud recordings: stored under the data folder by id, like evidence
// files (lib/evidence-files.ts, whose checker takes documents and images only, so the audio
// check is here). The type comes from the first bytes where the format has a signature, else
// from the type the browser declared; anything else is refused.

export type RecordingMime = (typeof RECORDING_MIMES)[number];

export const recordingsDir = () => resolve(process.env.SEATWISE_DRILL_RECORDINGS_DIR ?? 'data/drill-recordings');

const EXTENSION: Record<RecordingMime, string> = {
  'audio/webm': '.webm',
  'audio/ogg': '.ogg',
  'audio/mp4': '.m4a',
  'audio/mpeg': '.mp3',
  'audio/wav': '.wav',
};

const ascii = (b: Buffer, from: number, to: number) => b.subarray(from, to).toString('latin1');

/** The audio type the bytes carry the signature of, or null. */
export function sniffAudio(b: Buffer): RecordingMime | null {
  if (b.length >= 4 && b.readUInt32BE(0) === 0x1a45dfa3) return 'audio/webm'; // EBML (WebM, Matroska)
  if (ascii(b, 0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(b, 4, 8) === 'ftyp') return 'audio/mp4';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE') return 'audio/wav';
  if (ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && b.length > 1 && (b[1]! & 0xe0) === 0xe0)) return 'audio/mpeg';
  return null;
}

// Browsers declare the same formats under other names (audio/x-wav, video/webm from MediaRecorder).
const ALIASES: Record<string, RecordingMime> = {
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/mp3': 'audio/mpeg',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'video/webm': 'audio/webm',
  'audio/opus': 'audio/ogg',
};

// What is plainly not audio, whatever its declared type: documents, archives, images, programs, markup.
const NOT_AUDIO: ((b: Buffer) => boolean)[] = [
  (b) => ['%PDF', 'PK\x03\x04', '\x89PNG', 'GIF8', 'MZ'].some((sig) => ascii(b, 0, sig.length) === sig),
  (b) => b[0] === 0xff && b[1] === 0xd8, // JPEG
  (b) => /^\s*</.test(ascii(b, 0, 64)), // HTML, XML, SVG
];

/** The recording's type: sniffed, else declared; 400 EMPTY_FILE / RECORDING_BAD_TYPE. */
export function audioTypeOf(buf: Buffer, declared: string | undefined): RecordingMime {
  if (!buf.length) throw badRequest('EMPTY_FILE', 'The recording is empty', 'file');
  const sniffed = sniffAudio(buf);
  if (sniffed) return sniffed;
  if (NOT_AUDIO.some((sig) => sig(buf)))
    throw badRequest('RECORDING_BAD_TYPE', `Send a recording as ${RECORDING_MIMES.join(', ')}`, 'file');
  const named = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  const mime = (RECORDING_MIMES as readonly string[]).includes(named) ? (named as RecordingMime) : ALIASES[named];
  if (!mime) throw badRequest('RECORDING_BAD_TYPE', `Send a recording as ${RECORDING_MIMES.join(', ')}`, 'file');
  return mime;
}

/**
 * Keeps the file under the recordings folder and lets `record` write its row in one transaction;
 * when that fails the file is removed again, so nothing is left half-written.
 */
export async function storeRecordingFile(
  db: Db,
  id: string,
  mime: RecordingMime,
  buf: Buffer,
  record: (trx: Db, storedName: string) => Promise<void>,
) {
  const dir = recordingsDir();
  const storedName = `${id}${EXTENSION[mime]}`;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, storedName), buf);
  try {
    await db.transaction().execute((trx) => record(trx, storedName));
  } catch (err) {
    await rm(join(dir, storedName), { force: true });
    throw err;
  }
}

export const readRecordingFile = (f: { file_name: string; mime: string; stored_name: string }) =>
  readEvidenceFile(recordingsDir(), f);

/**
 * Plays inline, with byte ranges: Safari (iPhone) asks for ranges before it plays audio at all,
 * and any browser asks for them to seek.
 */
export function sendAudio(
  req: FastifyRequest,
  reply: FastifyReply,
  f: { fileName: string; mime: string; body: Buffer },
) {
  const size = f.body.length;
  reply
    .header('content-type', f.mime)
    .header('accept-ranges', 'bytes')
    .header('content-disposition', `inline; filename="recording"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`);
  const m = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? '').trim());
  if (!m || (!m[1] && !m[2])) return reply.send(f.body);
  let start = m[1] ? Number(m[1]) : size - Number(m[2]);
  let end = m[1] && m[2] ? Number(m[2]) : size - 1;
  start = Math.max(0, start);
  end = Math.min(end, size - 1);
  if (start > end || start >= size) return reply.code(416).header('content-range', `bytes */${size}`).send();
  return reply
    .code(206)
    .header('content-range', `bytes ${start}-${end}/${size}`)
    .send(f.body.subarray(start, end + 1));
}
