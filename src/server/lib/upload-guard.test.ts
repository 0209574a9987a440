import { readdirSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { multipart as examUpload } from '../modules/exams/shared/exams.testkit.js';
import { multipart as callUpload, useTempImportDir } from '../modules/interactions/test-kit.js';
import { DIALECTS, useTestEnv, type Client } from '../test/harness.js';
import { countRows, expectError } from '../test/helpers.js';
import { clearSettingsCache, putSetting } from './settings.js';
import { checkZipBuffer } from './upload-guard.js';

// .xlsx uploads are zips: one that would unpack past uploads.xlsx*MaxUncompressedMb, or unpack far
// more than a spreadsheet does, is refused with 413 before exceljs opens it, and nothing is kept.

type Part = { name: string; data: Buffer; method?: 0 | 8; declared?: number };

/** A zip written by hand, so its directory can say what a test needs (even lie). */
function zip(parts: Part[]) {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const method = p.method ?? 8;
    const body = method === 8 ? deflateRawSync(p.data, { level: 9 }) : p.data;
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(p.declared ?? p.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(p.declared ?? p.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const MB = 1024 * 1024;
// 64 MB of one letter: about 60 KB packed, a thousand times smaller — what no spreadsheet does.
let packed: Buffer | null = null;
const bomb = () =>
  (packed ??= zip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * MB, 'a') },
  ]));
const LIMITS = { maxUncompressedBytes: 100 * MB, maxRatio: 200 };

async function realWorkbook(rows = 200) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['工号', '姓名']);
  for (let i = 0; i < rows; i++) ws.addRow([`E${i}`, `名字${i}`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    return err as { statusCode: number; errorCode: string };
  }
  return null;
};

describe('the zip check', () => {
  it('lets a real workbook and anything that is not a zip through', async () => {
    expect(refusal(() => checkZipBuffer(Buffer.from('工号,姓名\nE1,张三\n'), LIMITS))).toBeNull();
    const workbook = await realWorkbook();
    expect(refusal(() => checkZipBuffer(workbook, LIMITS))).toBeNull();
  });

  it('refuses an entry that unpacks past the ratio (ZIP_BOMB) and a total past the limit (UPLOAD_TOO_LARGE)', () => {
    expect(refusal(() => checkZipBuffer(bomb(), LIMITS))).toMatchObject({ statusCode: 413, errorCode: 'ZIP_BOMB' });
    const random = Buffer.from(Array.from({ length: 2 * MB }, (_, i) => (i * 7919) % 251));
    expect(
      refusal(() =>
        checkZipBuffer(zip([{ name: 'a.xml', data: random, method: 0 }]), { ...LIMITS, maxUncompressedBytes: MB }),
      ),
    ).toMatchObject({ statusCode: 413, errorCode: 'UPLOAD_TOO_LARGE' });
  });

  it('catches a directory that understates what an entry unpacks to', () => {
    const liar = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * MB, 'a'), declared: 1000 }]);
    expect(refusal(() => checkZipBuffer(liar, LIMITS))).toMatchObject({ statusCode: 413, errorCode: 'ZIP_BOMB' });
  });

  it('answers 400 for a zip with no readable directory, and 413 for a ZIP64 one', () => {
    const cut = bomb().subarray(0, 5000); // the directory is at the end
    expect(refusal(() => checkZipBuffer(cut, LIMITS))).toMatchObject({ statusCode: 400, errorCode: 'BAD_FILE' });
    const z64 = zip([{ name: 'a.xml', data: Buffer.from('x') }]);
    z64.writeUInt32LE(0xffffffff, z64.length - 6);
    expect(refusal(() => checkZipBuffer(z64, LIMITS))).toMatchObject({
      statusCode: 413,
      errorCode: 'UPLOAD_TOO_LARGE',
    });
  });
});

describe.each(DIALECTS)('xlsx uploads on $name', (dialect) => {
  useTempImportDir();
  const env = useTestEnv(dialect);
  const send = (client: Client, url: string, m: { payload: Buffer; headers: Record<string, string> }) =>
    client.raw({ method: 'POST', url, payload: m.payload, headers: m.headers });

  it('the roster import refuses a zip bomb with 413 and writes nothing', async () => {
    const hr = await env.as('hr');
    const res = await send(hr, '/api/roster/imports', examUpload('roster.xlsx', bomb()));
    expectError(res, 413, 'ZIP_BOMB', 'file');
    expect(await countRows(env.handle.db, 'roster_imports')).toBe(0);
  });

  it('the question bank import refuses it too', async () => {
    const trainer = await env.as('trainer');
    expectError(
      await send(trainer, '/api/exams/questions/imports', examUpload('bank.xlsx', bomb())),
      413,
      'ZIP_BOMB',
      'file',
    );
    expect(await countRows(env.handle.db, 'exam_imports')).toBe(0);
  });

  it('the interactions import refuses it before queueing, and keeps no file', async () => {
    const qa = await env.as('qa');
    const res = await send(
      qa,
      '/api/interactions/imports',
      callUpload({ name: 'calls.xlsx', content: bomb() }, { format: 'template' }),
    );
    expectError(res, 413, 'ZIP_BOMB', 'file');
    expect(await countRows(env.handle.db, 'interaction_imports')).toBe(0);
    expect(readdirSync(process.env.SEATWISE_IMPORT_DIR!)).toEqual([]);
  });

  it('follows uploads.xlsxMaxUncompressedMb: a workbook over it is UPLOAD_TOO_LARGE', async () => {
    const hr = await env.as('hr');
    await putSetting(env.handle.db, 'uploads.xlsxMaxUncompressedMb', 1, null);
    clearSettingsCache();
    const res = await send(hr, '/api/roster/imports', examUpload('roster.xlsx', await realWorkbook(20_000)));
    expectError(res, 413, 'UPLOAD_TOO_LARGE', 'file');
    expect(res.body.params).toEqual({ maxMb: 1 });
    await putSetting(env.handle.db, 'uploads.xlsxMaxUncompressedMb', 100, null);
    clearSettingsCache();
    expect(await countRows(env.handle.db, 'roster_imports')).toBe(0);
  });
});
