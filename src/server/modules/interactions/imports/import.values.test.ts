import { describe, expect, it } from 'vitest';
import { asteriskConverter, columnsConverter, type ConvertContext } from './import.convert.js';
import { templateColumns } from './import.fields.js';
import { BAD, parseChannel, parseCsat, parseDirection, parseSeconds, parseTime, parseYesNo } from './import.values.js';

// The cell parsers and converters on their own (no database): the rules each import row goes through.
const MAX = Date.UTC(2030, 0, 1);

describe('cell values', () => {
  it('reads start times in center time, with a zone, or as Unix time, and refuses impossible ones', () => {
    expect(parseTime('2026-11-20 09:15:32', 480, MAX)).toEqual({ iso: '2026-11-20T01:15:32.000Z', day: '2026-11-20' });
    expect(parseTime('2026-11-20 07:59:59', 480, MAX)).toEqual({ iso: '2026-11-19T23:59:59.000Z', day: '2026-11-20' });
    expect(parseTime('2026/11/2 9:05', 480, MAX)).toEqual({ iso: '2026-11-02T01:05:00.000Z', day: '2026-11-02' });
    expect(parseTime('2026-11-20T01:15:32Z', 480, MAX)).toEqual({ iso: '2026-11-20T01:15:32.000Z', day: '2026-11-20' });
    expect(parseTime('2026-11-19T20:00:00-05:00', 480, MAX)).toEqual({
      iso: '2026-11-20T01:00:00.000Z',
      day: '2026-11-20',
    });
    expect(parseTime('1795137332', 480, MAX)).toMatchObject({ iso: '2026-11-20T01:15:32.000Z' });
    expect(parseTime('1795137332000', 0, MAX)).toMatchObject({ iso: '2026-11-20T01:15:32.000Z', day: '2026-11-20' });
    for (const bad of [
      '2026-02-30 10:00:00',
      '2026-13-01 10:00:00',
      '2026-11-20 24:00:00',
      '2026-11-20 10:61:00',
      'yesterday',
      '',
      '1999-12-31 23:00:00',
      '2031-01-01 00:00:00',
    ]) {
      expect(parseTime(bad, 480, MAX), bad).toBe(BAD);
    }
  });

  it('reads durations as seconds or clock time, yes/no, channels, directions and CSAT', () => {
    expect([
      parseSeconds('125'),
      parseSeconds('12.6'),
      parseSeconds('02:05'),
      parseSeconds('1:02:03'),
      parseSeconds(''),
      parseSeconds('-3'),
    ]).toEqual([125, 13, 125, 3723, null, -3]);
    expect(parseSeconds('abc')).toBe(BAD);
    expect([parseYesNo('是'), parseYesNo('否'), parseYesNo('Y'), parseYesNo('0'), parseYesNo('')]).toEqual([
      1,
      0,
      1,
      0,
      null,
    ]);
    expect(parseYesNo('maybe')).toBe(BAD);
    expect([parseChannel('语音'), parseChannel('在线客服'), parseChannel('E-mail'), parseChannel('工单')]).toEqual([
      'voice',
      'chat',
      'email',
      'ticket',
    ]);
    expect(parseChannel('fax')).toBe(BAD);
    expect([parseDirection('呼入'), parseDirection('OUTBOUND'), parseDirection('外呼')]).toEqual(['in', 'out', 'out']);
    expect([parseCsat('5'), parseCsat('4.0'), parseCsat('')]).toEqual([5, 4, null]);
    for (const bad of ['0', '6', '3.5', 'good']) expect(parseCsat(bad)).toBe(BAD);
  });
});

describe('converters', () => {
  const ctx: ConvertContext = {
    importId: 'imp-1',
    agentOf: (k) => (({ e1010: 'emp-1', '8001': 'emp-2', acc7: 'emp-3' }) as Record<string, string>)[k.toLowerCase()],
    offsetMinutes: 480,
    maxMs: MAX,
    defaults: { direction: 'in', channel: 'voice', businessType: '' },
  };

  it('maps template headers in Chinese or English, in any order, and names the missing required ones', () => {
    expect(templateColumns(['工号', 'Interaction ID', '开始时间（北京时间）', 'talk_seconds']).index).toEqual({
      agent: 0,
      interactionId: 1,
      startedAt: 2,
      talkSeconds: 3,
    });
    expect(templateColumns(['工号', '开始时间']).missing.map((f) => f.key)).toEqual(['interactionId']);
    const convert = columnsConverter(
      templateColumns(['交互ID', '工号', '开始时间', '通话时长', '一次解决']).index,
      ctx,
    );
    expect(convert([' C-1 ', 'E1010', '2026-11-20 09:00:00', '00:01:40', '是'])).toEqual([
      'C-1',
      'emp-1',
      '2026-11-20T01:00:00.000Z',
      '2026-11-20',
      'in',
      'voice',
      '',
      null,
      1,
      100,
      0,
      0,
      null,
      1,
      null,
      null,
      null,
      null,
      'imp-1',
      null,
      null,
    ]);
    expect(convert(['C-2', 'E9999', '2026-11-20 09:00:00', '1', ''])).toMatchObject({ code: 'UNKNOWN_AGENT' });
    expect(convert(['', 'E1010', '2026-11-20 09:00:00', '1', ''])).toMatchObject({ code: 'MISSING_ID' });
    expect(convert(['C-3', 'E1010', '2026-11-20 09:00:00', '-1', ''])).toMatchObject({ code: 'NEGATIVE_DURATION' });
    expect(convert(['C-4', 'E1010', '2026-11-20 09:00:00', '1', 'perhaps'])).toMatchObject({ code: 'BAD_YES_NO' });
  });

  it('reads Asterisk cdr_csv records: agent from userfield, accountcode or channel, direction, talk and wait', () => {
    const convert = asteriskConverter(ctx);
    const rec = (f: Record<number, string>) => Array.from({ length: 18 }, (_, i) => f[i] ?? '');
    // accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition, amaflags, uniqueid, userfield
    const inbound = convert(
      rec({
        1: '13800000001',
        3: 'from-queue',
        5: 'SIP/trunk-1',
        6: 'SIP/8001-00000002',
        7: 'Queue',
        8: 'cards,t',
        9: '2026-11-20 10:00:00',
        12: '70',
        13: '60',
        14: 'ANSWERED',
        16: '1.1',
      }),
    );
    expect((inbound as unknown[]).slice(0, 13)).toEqual([
      '1.1',
      'emp-2',
      '2026-11-20T02:00:00.000Z',
      '2026-11-20',
      'in',
      'voice',
      'cards',
      'cards',
      1,
      60,
      0,
      0,
      10,
    ]);
    const outbound = convert(
      rec({
        2: '139',
        5: 'PJSIP/8001-0000000a',
        9: '2026-11-20 10:00:00',
        12: '30',
        13: '20',
        14: 'ANSWERED',
        16: '1.2',
      }),
    );
    expect((outbound as unknown[]).slice(0, 5)).toEqual([
      '1.2',
      'emp-2',
      '2026-11-20T02:00:00.000Z',
      '2026-11-20',
      'out',
    ]);
    expect((outbound as unknown[])[12]).toBeNull();
    const missed = convert(
      rec({ 0: 'ACC7', 6: 'SIP/8001-1', 9: '2026-11-20 10:00:00', 12: '30', 13: '0', 14: 'NO ANSWER', 16: '1.3' }),
    ) as unknown[];
    expect([missed[1], missed[4], missed[8], missed[9], missed[12]]).toEqual(['emp-3', 'in', 0, 0, 30]);
    expect(convert(rec({ 6: 'SIP/7777-1', 9: '2026-11-20 10:00:00', 14: 'ANSWERED', 16: '1.4' }))).toMatchObject({
      code: 'UNKNOWN_AGENT',
    });
    expect(convert(rec({ 6: 'SIP/8001-1', 9: '2026-11-20 10:00:00', 14: 'HUNG UP', 16: '1.5' }))).toMatchObject({
      code: 'BAD_DISPOSITION',
    });
    expect(convert(['only', 'three', 'columns'])).toMatchObject({ code: 'WRONG_COLUMN_COUNT' });
  });
});
