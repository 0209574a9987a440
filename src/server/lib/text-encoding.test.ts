import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gbk } from '../test/gbk.js';
import { decodeText, rewriteAsUtf8, textEncodingOf } from './text-encoding.js';

describe('text encodings of uploaded files', () => {
  const text = '工号,姓名,业务类型\nE001,张三,信用卡\n';

  it('tells UTF-8, GBK and UTF-16 (with its BOM) apart, and refuses binary and broken bytes', () => {
    expect(textEncodingOf(Buffer.from(text))).toBe('utf-8');
    expect(textEncodingOf(Buffer.from(`\uFEFF${text}`))).toBe('utf-8');
    expect(textEncodingOf(gbk(text))).toBe('gb18030');
    expect(textEncodingOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe('utf-16le');
    expect(textEncodingOf(Buffer.from(text, 'utf16le'))).toBeNull(); // no BOM: NUL bytes, not text
    expect(textEncodingOf(Buffer.from([0x61, 0x2c, 0xc3, 0x28, 0x0a]))).toBeNull(); // neither UTF-8 nor GB18030
    // A sample cut in the middle of a character is still recognised.
    expect(textEncodingOf(Buffer.from(text).subarray(0, 4))).toBe('utf-8');
    expect(textEncodingOf(gbk(text).subarray(0, 3))).toBe('gb18030');
  });

  it('decodes a small file whole, dropping a BOM', () => {
    expect(decodeText(gbk(text))).toBe(text);
    expect(decodeText(Buffer.from(`\uFEFF${text}`))).toBe(text);
    expect(decodeText(Buffer.from([0, 1, 2]))).toBeNull();
  });

  it('rewrites a large GBK file as UTF-8 in place, across chunk boundaries', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'seatwise-enc-')), 'big.csv');
    const big = `x${text.repeat(20_000)}`; // odd offset: two-byte characters straddle the 64 KB chunks
    writeFileSync(path, gbk(big));
    await rewriteAsUtf8(path, 'gb18030');
    expect(readFileSync(path, 'utf8')).toBe(big);
  });

  it('leaves a file with bytes invalid in its encoding as it was, and says so', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'seatwise-enc-')), 'bad.csv');
    const bad = Buffer.concat([gbk(text), Buffer.from([0x81, 0x20])]);
    writeFileSync(path, bad);
    await expect(rewriteAsUtf8(path, 'gb18030')).rejects.toThrow();
    expect(readFileSync(path).equals(bad)).toBe(true);
  });
});
