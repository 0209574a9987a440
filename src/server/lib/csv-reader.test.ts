import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvReader, readCsvText, type CsvRecord } from './csv-reader.js';

function readAll(
  text: string | Buffer,
  delimiter = ',',
  chunk = 1 << 16,
  o: { startLine?: number; startByte?: number } = {},
): CsvRecord[] {
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const r = new CsvReader({ delimiter, bom: (o.startByte ?? 0) === 0, ...o });
  const out: CsvRecord[] = [];
  for (let i = 0; i < buf.length; i += chunk) r.write(buf.subarray(i, i + chunk), out);
  return r.end(out);
}

const rand = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const PIECES = ['a', '坐席', 'x y', '', '12', '"', '""', ',', '\n', '\r\n', ';', '信用卡,挂失', 'é'];

function randomCsv(r: () => number, delimiter: string) {
  const rows: string[][] = [];
  const n = 1 + Math.floor(r() * 30);
  for (let i = 0; i < n; i++) {
    const cols = 1 + Math.floor(r() * 6);
    rows.push(
      Array.from({ length: cols }, () =>
        Array.from({ length: Math.floor(r() * 4) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(''),
      ),
    );
  }
  const cell = (v: string) => (/[",\n\r;]/.test(v) || (v === '' && r() < 0.3) ? `"${v.replace(/"/g, '""')}"` : v);
  // One line end per file: csv-parse takes the first one it sees as the only one (this reader takes both).
  const eol = r() < 0.5 ? '\n' : '\r\n';
  return rows.map((row) => row.map(cell).join(delimiter)).join(eol) + (r() < 0.5 ? eol : '');
}

describe('CSV reader', () => {
  it('reads what csv-parse reads, whatever the chunking (random well-formed files)', () => {
    const r = rand(42);
    for (let trial = 0; trial < 400; trial++) {
      const delimiter = trial % 3 === 0 ? ';' : ',';
      const text = randomCsv(r, delimiter);
      const expected = parse(text, {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        bom: true,
      }) as string[][];
      for (const chunk of [1, 2, 3, 7, 64, 1 << 16]) {
        const got = readAll(text, delimiter, chunk);
        expect(
          got.map((x) => x.fields),
          `trial ${trial} chunk ${chunk}: ${JSON.stringify(text)}`,
        ).toEqual(expected);
      }
    }
  });

  it('gives each record the line it ends on and the byte just after it', () => {
    const text = 'h1,h2\n\n坐席,"多\n行"\r\nlast,row';
    const recs = readAll(text, ',', 3);
    expect(recs.map((x) => x.line)).toEqual([1, 4, 5]);
    const bytes = Buffer.from(text);
    expect(recs.map((x) => x.end)).toEqual([6, bytes.indexOf('\r\n') + 2, bytes.length]);
    // a resumed read continues the numbering and the offsets from where it starts
    const resumed = readAll(bytes.subarray(recs[1].end), ',', 5, { startLine: 4, startByte: recs[1].end });
    expect(resumed).toEqual([{ fields: ['last', 'row'], line: 5, end: bytes.length }]);
  });

  it('skips a byte-order mark and keeps quotes inside unquoted fields', () => {
    expect(readAll('\ufeffa,b"c\n', ',', 1).map((x) => x.fields)).toEqual([['a', 'b"c']]);
  });

  it('reports an unreadable record with its line and goes on with the next line', () => {
    const recs = readAll('a,b\n"x"y,z\nc,d\n', ',', 4);
    expect(recs).toEqual([
      { fields: ['a', 'b'], line: 1, end: 4 },
      { fields: null, error: 'text after the closing quote of a field', line: 2, end: 11 },
      { fields: ['c', 'd'], line: 3, end: 15 },
    ]);
    const open = readAll('a,b\nc,"never\nclosed\n', ',', 5);
    expect(open[1]).toMatchObject({ fields: null, error: 'a quoted field is never closed', line: 3 });
  });

  it('refuses a record over 1 MB without holding the rest of the file', () => {
    const big = `a,"${'x'.repeat(1_100_000)}\nb,c\n`;
    const recs = readAll(big, ',', 1 << 16);
    expect(recs[0]).toMatchObject({ fields: null, error: 'a record longer than 1 MB' });
    expect(recs.at(-1)?.fields).toEqual(['b', 'c']);
  });

  it('reads a small text whole for previews', () => {
    expect(readCsvText(Buffer.from('a\tb\n1\t2\n3\t4\n'), '\t', 2).map((x) => x.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
