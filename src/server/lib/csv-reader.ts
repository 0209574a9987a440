// A CSV reader for big imports (RFC 4180, lenient the way telephony exports need). It works on
// bytes: delimiters, quotes and line ends are ASCII, and no byte of a multi-byte UTF-8 character
// is ever ASCII, so scanning bytes is safe and gives exact byte offsets — an import resumes at
// the byte just after its last committed record. Written for speed: fields are found with the
// native Buffer.indexOf and decoded once, with no per-character work in JavaScript.
//
// Leniency (what csv-parse did here before, with relax_column_count, relax_quotes,
// skip_empty_lines, skip_records_with_error): records may have any number of fields; a quote
// inside an unquoted field is a character; empty lines are skipped; a record that cannot be read
// (text after a closing quote, a quote never closed, a record over 1 MB) is reported with its line
// and reading goes on with the next line.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
export const MAX_RECORD_BYTES = 1 << 20;
const UNCLOSED = 'a quoted field is never closed';
const TOO_LONG = 'a record longer than 1 MB';

export interface CsvRecord {
  /** The fields, or null when the record could not be read (then `error` says why). */
  fields: string[] | null;
  error?: string;
  /** The line the record ends on (1-based, counting from the reader's start line). */
  line: number;
  /** Byte offset just after the record (and its line end), counting from the reader's start byte. */
  end: number;
}

export interface CsvReaderOptions {
  delimiter: string; // one ASCII character
  /** Lines already behind the start (a resumed read numbers on from here). */
  startLine?: number;
  /** Byte offset of the first byte given (a resumed read reports offsets in the file). */
  startByte?: number;
  /** Skip a UTF-8 byte-order mark at the very start. */
  bom?: boolean;
}

/**
 * Push bytes in with `write` (any chunking), take records out of the returned arrays; `end()`
 * reads what is left. Records are handed out in batches so a caller can stop between them.
 */
export class CsvReader {
  private readonly delim: number;
  private carry: Buffer | null = null;
  private base: number; // file offset of carry[0] / the next chunk's first byte
  private line: number;
  private bomPending: boolean;
  private skipping = false; // inside an over-long record: drop bytes up to the next line end

  constructor(o: CsvReaderOptions) {
    if (o.delimiter.length !== 1 || o.delimiter.charCodeAt(0) > 0x7f)
      throw new Error('The delimiter must be one ASCII character');
    this.delim = o.delimiter.charCodeAt(0);
    this.base = o.startByte ?? 0;
    this.line = o.startLine ?? 0;
    this.bomPending = o.bom ?? false;
  }

  write(chunk: Buffer, out: CsvRecord[] = []): CsvRecord[] {
    let buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    if (this.bomPending) {
      if (buf.length < 3) {
        this.carry = buf;
        return out;
      }
      this.bomPending = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        buf = buf.subarray(3);
        this.base += 3;
      }
    }
    const used = this.read(buf, out, false);
    this.carry = used < buf.length ? buf.subarray(used) : null;
    this.base += used;
    return out;
  }

  end(out: CsvRecord[] = []): CsvRecord[] {
    if (this.bomPending && this.carry) {
      this.bomPending = false;
    }
    if (this.carry) this.read(this.carry, out, true);
    this.carry = null;
    return out;
  }

  /** Reads complete records from buf into out; returns how many bytes were used. */
  private read(buf: Buffer, out: CsvRecord[], final: boolean): number {
    const len = buf.length;
    const delim = this.delim;
    let pos = 0;
    if (this.skipping) {
      const nl = buf.indexOf(LF);
      if (nl === -1) return len; // still inside the over-long record
      this.skipping = false;
      this.line += 1;
      pos = nl + 1;
    }
    while (pos < len) {
      const c0 = buf[pos];
      if (c0 === LF) {
        this.line += 1;
        pos += 1;
        continue;
      } // empty line
      if (c0 === CR) {
        if (pos + 1 >= len) {
          if (!final) break;
          pos += 1;
          continue;
        }
        if (buf[pos + 1] === LF) {
          this.line += 1;
          pos += 2;
          continue;
        }
      }
      const fields: string[] = [];
      let p = pos;
      let nl = -1; // the line end of the current physical line, once looked up
      let extraLines = 0;
      let error: string | undefined;
      let done = false;
      let incomplete = false;
      while (!done) {
        if (buf[p] === QUOTE) {
          // A quoted field: "" is a quote; it may span lines.
          let s = p + 1;
          let text = '';
          for (;;) {
            const q = buf.indexOf(QUOTE, s);
            if (q === -1) {
              if (final) error = UNCLOSED;
              else incomplete = true;
              break;
            }
            if (q + 1 >= len && !final) {
              incomplete = true;
              break;
            } // "" or a closing quote: the next byte decides
            if (buf[q + 1] === QUOTE) {
              text += buf.toString('utf8', s, q + 1);
              s = q + 2;
              continue;
            }
            text += buf.toString('utf8', s, q);
            for (let i = buf.indexOf(LF, p); i !== -1 && i < q; i = buf.indexOf(LF, i + 1)) extraLines += 1;
            p = q + 1;
            break;
          }
          if (incomplete || error) break;
          fields.push(text);
          nl = -1;
          const c = buf[p];
          if (p >= len) {
            done = true;
          } else if (c === delim) {
            p += 1;
            if (p >= len && !final) {
              incomplete = true;
              break;
            }
          } else if (c === LF) {
            p += 1;
            done = true;
          } else if (c === CR && buf[p + 1] === LF) {
            p += 2;
            done = true;
          } else if (c === CR && p + 1 >= len && !final) {
            incomplete = true;
            break;
          } else {
            error = 'text after the closing quote of a field';
            break;
          }
        } else {
          if (nl === -1) {
            nl = buf.indexOf(LF, p);
            if (nl === -1) {
              if (!final) {
                incomplete = true;
                break;
              }
              nl = len;
            }
          }
          const d = buf.indexOf(delim, p);
          if (d !== -1 && d < nl) {
            fields.push(buf.toString('utf8', p, d));
            p = d + 1;
          } else {
            const stop = nl > p && buf[nl - 1] === CR ? nl - 1 : nl;
            fields.push(buf.toString('utf8', p, stop));
            p = nl + 1;
            done = true;
          }
        }
      }
      if (incomplete) {
        if (len - pos > MAX_RECORD_BYTES) {
          // Give up on it: go on after the first line end past the limit.
          const nextLine = buf.indexOf(LF, pos + MAX_RECORD_BYTES);
          let lines = 0;
          for (
            let i = buf.indexOf(LF, pos);
            i !== -1 && i < (nextLine === -1 ? len : nextLine);
            i = buf.indexOf(LF, i + 1)
          )
            lines += 1;
          this.line += lines;
          if (nextLine === -1) {
            out.push({ fields: null, error: TOO_LONG, line: this.line + 1, end: this.base + len });
            this.skipping = true;
            return len;
          }
          this.line += 1;
          out.push({ fields: null, error: TOO_LONG, line: this.line, end: this.base + nextLine + 1 });
          pos = nextLine + 1;
          continue;
        }
        break;
      }
      if (error) {
        // Skip to the next line end after where reading failed (a quote never closed takes the rest).
        const next = error === UNCLOSED ? -1 : buf.indexOf(LF, p);
        if (next === -1 && !final) break;
        const end = next === -1 ? len : next + 1;
        let lines = 0;
        for (let i = buf.indexOf(LF, pos); i !== -1 && i < end - 1; i = buf.indexOf(LF, i + 1)) lines += 1;
        this.line += 1 + lines;
        out.push({ fields: null, error, line: this.line, end: this.base + end });
        pos = end;
        continue;
      }
      this.line += 1 + extraLines;
      out.push({ fields, line: this.line, end: this.base + Math.min(p, len) });
      pos = Math.min(p, len);
    }
    return pos;
  }
}

/** Every record of a small CSV held in memory (previews): up to maxRecords. */
export function readCsvText(buf: Buffer, delimiter: string, maxRecords = Infinity): CsvRecord[] {
  const reader = new CsvReader({ delimiter, bom: true });
  const out = reader.write(buf);
  reader.end(out);
  return out.length > maxRecords ? out.slice(0, maxRecords) : out;
}
