import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { countRows, expectError } from '../../../test/helpers.js';
import { CLOCK, newCard, newDeck } from './decks.testkit.js';
import { cardsTemplate } from './import.template.js';

// The Excel import of cards (issue 20 item 1): the template, a preview with each row's problem,
// and an import that writes every card or none — an unknown deck in one row stops the whole file.

async function xlsx(rows: string[][], header = ['卡组', '类型', '题目', '答案', '选项', '知识点']) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('卡片');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(fileName: string, content: Buffer) {
  const boundary = `----drills${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const send = (c: Client, url: string, content: Buffer, name = 'cards.xlsx') =>
  c.raw({ method: 'POST', url, ...multipart(name, content) });

describe.each(DIALECTS)('cards import on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  let deck: { id: string; name: string };
  let other: { id: string; name: string };
  beforeAll(async () => {
    setClock(CLOCK);
    trainer = await env.as('trainer');
    deck = await newDeck(trainer, { name: '导入·产品代码' });
    other = await newDeck(trainer, { name: '导入·开场白' });
  });
  afterAll(() => setClock());

  const cards = () => countRows(env.handle.db, 'drill_cards');
  const revisions = () => countRows(env.handle.db, 'drill_card_revisions');

  it('hands out a template whose first sheet is the header the import reads', async () => {
    const res = await trainer.get('/api/drills/import/template');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain('cards-template.xlsx');
    const file = await cardsTemplate('zh-CN', [deck.name]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as never);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, '卡组', '类型', '题目', '答案', '选项', '知识点']);
    const before = await cards();
    const preview = await send(trainer, '/api/drills/import/preview', file.body);
    expect(preview.body.data).toMatchObject({ rows: 0, valid: 0, errors: [] });
    expect(await cards()).toBe(before);
  });

  it('previews every row problem and writes nothing', async () => {
    const before = [await cards(), await revisions()];
    const file = await xlsx([
      [deck.name, '默写', 'A101', '畅享融合 129 元套餐', '', 'KP-产品'],
      ['没有这个卡组', '默写', 'A102', '畅享融合 199 元套餐', '', ''],
      [deck.name, '简答', '什么是携号转网', '……', '', ''],
      [deck.name, '默写', '', '答案', '', ''],
      [deck.name, '选择', '宽带报修热线', '10000', '10000', ''],
      [deck.name, 'choice', '宽带报修热线', '10010', '10000|10086', ''],
      [deck.name, '选择', '宽带报修热线', '10000', '10000|10000', ''],
      [other.name, '填空', '开场白', '您好，很高兴为您服务', '', ''],
      [other.name, '朗读', '结束语', '感谢您的来电，再见！', '', ''],
      [other.name, '朗读', '长稿', '很长'.repeat(2501), '', ''],
      [other.name, 'read_aloud', '结束语', '感谢您的来电，再见！', '', ''],
    ]);
    const res = await send(trainer, '/api/drills/import/preview', file);
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data.rows).toBe(11);
    expect(res.body.data.valid).toBe(2);
    expect(res.body.data.errors.map((e: { line: number; problem: string }) => [e.line, e.problem])).toEqual([
      [3, 'UNKNOWN_DECK'],
      [4, 'BAD_KIND'],
      [5, 'EMPTY_CARD'],
      [6, 'CARD_CHOICES_COUNT'],
      [7, 'CARD_ANSWER_NOT_IN_CHOICES'],
      [8, 'CARD_CHOICES_DUPLICATE'],
      [9, 'CARD_CLOZE_NO_BLANK'],
      [11, 'CARD_TOO_LONG'],
      [12, 'DUPLICATE_CARD'],
    ]);
    expect(res.body.data.errors[0]).toMatchObject({ field: 'deck', value: '没有这个卡组' });
    expect(res.body.data.decks).toEqual(
      expect.arrayContaining([
        { deckId: deck.id, name: deck.name, cards: 1 },
        { deckId: other.id, name: other.name, cards: 1 },
      ]),
    );
    expect([await cards(), await revisions()]).toEqual(before);
  });

  it('imports nothing when one row names a deck that does not exist', async () => {
    const before = [await cards(), await revisions(), await countRows(env.handle.db, 'audit_log')];
    const file = await xlsx([
      [deck.name, '默写', 'A101', '畅享融合 129 元套餐', '', ''],
      ['产品代码（旧）', '默写', 'A102', '畅享融合 199 元套餐', '', ''],
    ]);
    const res = await send(trainer, '/api/drills/import', file);
    expectError(res, 422, 'DRILL_IMPORT_HAS_ERRORS', 'file');
    expect(res.body.params).toEqual({ count: 1 });
    expect([await cards(), await revisions(), await countRows(env.handle.db, 'audit_log')]).toEqual(before);
  });

  it('imports every card, Chinese kind names and codes alike, after the deck’s own cards', async () => {
    await newCard(trainer, deck.id);
    const file = await xlsx([
      [deck.name, '默写', 'A101', '畅享融合 129 元套餐', '', 'KP-产品'],
      [deck.name, '选择', 'A201 是哪类产品？', '宽带', '宽带|固话|手机', ''],
      [other.name, 'cloze', '开场白', '您好，[[很高兴]]为您服务', '', ''],
      [other.name, 'read_aloud', '结束语', '感谢您的来电，再见！', '', ''],
    ]);
    const res = await send(trainer, '/api/drills/import', file);
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toEqual({ cards: 4, decks: 2 });
    const got = (await trainer.get(`/api/drills/decks/${deck.id}`)).body.data;
    expect(got.cards.map((c: { position: number; kind: string }) => [c.position, c.kind])).toEqual([
      [1, 'recall'],
      [2, 'recall'],
      [3, 'choice'],
    ]);
    expect(got.cards[1]).toMatchObject({ prompt: 'A101', knowledgePoint: 'KP-产品', revision: 1 });
    expect(got.cards[2].choices).toEqual(['宽带', '固话', '手机']);
    const revs = await trainer.get(`/api/drills/cards/${got.cards[2].id}/revisions`);
    expect(revs.body.data).toHaveLength(1);
    const again = await send(trainer, '/api/drills/import/preview', file);
    expect(again.body.data.valid).toBe(0);
    expect(new Set(again.body.data.errors.map((e: { problem: string }) => e.problem))).toEqual(
      new Set(['DUPLICATE_CARD']),
    );
  });

  it('refuses files it cannot read, too many rows, and people who may not author', async () => {
    expectError(
      await send(trainer, '/api/drills/import/preview', Buffer.from('a,b'), 'cards.csv'),
      400,
      'UNSUPPORTED_FILE_TYPE',
    );
    expectError(await send(trainer, '/api/drills/import/preview', Buffer.from('not a zip')), 400, 'BAD_FILE');
    const noKind = await xlsx([[deck.name, 'A101']], ['卡组', '题目']);
    expectError(await send(trainer, '/api/drills/import/preview', noKind), 400, 'MISSING_COLUMNS');
    const admin = await env.as('admin');
    expect((await admin.put('/api/settings/drills.maxImportRows', { value: 2, reason: '测试导入上限' })).status).toBe(
      200,
    );
    const three = await xlsx([1, 2, 3].map((i) => [deck.name, '默写', `题目${i}`, `答案${i}`, '', '']));
    expectError(await send(trainer, '/api/drills/import/preview', three), 400, 'TOO_MANY_ROWS');
    await admin.put('/api/settings/drills.maxImportRows', { value: 5000, reason: '测试导入上限' });
    const agent = await env.as('agent');
    expectError(await send(agent, '/api/drills/import', three), 403, 'FORBIDDEN');
  });
});
