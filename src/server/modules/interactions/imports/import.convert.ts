import type { BulkValue } from '../../../db/portable.js';
import { FIELDS, type ColumnIndex } from './import.fields.js';
import { BAD, parseChannel, parseCsat, parseDirection, parseSeconds, parseTime, parseYesNo } from './import.values.js';

// One source record (an array of cell texts) → one interaction row in the column order of
// INTERACTION_COLUMNS, or the reason it is rejected. Template and mapped CSVs share one converter
// (a column index per field); Asterisk's cdr_csv has its own.

export const REJECT_CODES = [
  'MISSING_ID',
  'ID_TOO_LONG',
  'NO_AGENT',
  'UNKNOWN_AGENT',
  'BAD_TIME',
  'BAD_NUMBER',
  'NEGATIVE_DURATION',
  'BAD_DIRECTION',
  'BAD_CHANNEL',
  'BAD_YES_NO',
  'BAD_CSAT',
  'BAD_DISPOSITION',
  'TEXT_TOO_LONG',
  'WRONG_COLUMN_COUNT',
  'BAD_CSV_RECORD',
  'DUPLICATE_IN_FILE',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];
/** What a reason names, for wording it in the reader's language: a field (a template field key or
 *  an Asterisk column), the value found, a limit, a column count, an earlier line. */
export interface RejectParams {
  field?: string;
  value?: string;
  max?: number;
  count?: number;
  line?: number;
}
export interface Reject {
  code: RejectCode;
  message: string;
  params?: RejectParams;
}
export type Row = BulkValue[];
export type Converter = (rec: string[]) => Row | Reject;

// Row positions, shared with the batch writer and the rollups.
export const R = {
  id: 0,
  agent: 1,
  startedAt: 2,
  day: 3,
  direction: 4,
  channel: 5,
  businessType: 6,
  queue: 7,
  answered: 8,
  talk: 9,
  hold: 10,
  wrap: 11,
  wait: 12,
  fcr: 13,
  csat: 14,
  customer: 15,
  recording: 16,
  transcript: 17,
  importId: 18,
  callId: 19,
  leg: 20,
} as const;
export type LegRole = 'call' | 'transfer' | 'segment' | 'attempt';

export interface ConvertContext {
  importId: string;
  /** Employee id for an employee number or a telephony alias (case-insensitive). */
  agentOf(key: string): string | undefined;
  offsetMinutes: number;
  /** Start times after this (now + a day) are rejected. */
  maxMs: number;
  defaults: { direction: 'in' | 'out'; channel: string; businessType: string };
}

const reject = (code: RejectCode, message: string, params?: RejectParams): Reject => ({ code, message, params });
const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
/** A field's English name for the message; an Asterisk column is named as it is. */
const nameOf = (field: string) => FIELDS.find((f) => f.key === field)?.en ?? field;
const text = (s: string, max: number, field: string): string | null | Reject =>
  s === ''
    ? null
    : s.length > max
      ? reject('TEXT_TOO_LONG', `${nameOf(field)} "${short(s)}" is longer than ${max} characters`, { field, max })
      : s;
const isReject = (v: unknown): v is Reject => typeof v === 'object' && v !== null && !Array.isArray(v);

function duration(s: string, field: string): number | null | Reject {
  const v = parseSeconds(s);
  if (v === BAD)
    return reject('BAD_NUMBER', `${nameOf(field)} "${short(s)}" is not a number of seconds`, {
      field,
      value: short(s),
    });
  if (v !== null && v < 0)
    return reject('NEGATIVE_DURATION', `${nameOf(field)} is negative (${s})`, { field, value: short(s) });
  return v;
}

export function columnsConverter(index: ColumnIndex, ctx: ConvertContext): Converter {
  const at = (rec: string[], i: number | undefined) => (i === undefined || i >= rec.length ? '' : rec[i].trim());
  const ix = index;
  return (rec) => {
    const id = at(rec, ix.interactionId);
    if (!id) return reject('MISSING_ID', 'The interaction ID is empty', { field: 'interactionId' });
    if (id.length > 64)
      return reject('ID_TOO_LONG', 'The interaction ID is longer than 64 characters', {
        field: 'interactionId',
        max: 64,
      });
    const agentKey = at(rec, ix.agent);
    if (!agentKey) return reject('NO_AGENT', 'The agent is empty');
    const agent = ctx.agentOf(agentKey);
    if (!agent)
      return reject('UNKNOWN_AGENT', `Unknown agent "${short(agentKey)}" (not an employee number or agent alias)`, {
        value: short(agentKey),
      });
    const startText = at(rec, ix.startedAt);
    const start = parseTime(startText, ctx.offsetMinutes, ctx.maxMs);
    if (start === BAD)
      return reject(
        'BAD_TIME',
        `Start time "${short(startText)}" is not a valid time (YYYY-MM-DD HH:MM:SS, 2000 to tomorrow)`,
        { field: 'startedAt', value: short(startText) },
      );
    const dirText = at(rec, ix.direction);
    const direction = dirText ? parseDirection(dirText) : ctx.defaults.direction;
    if (direction === BAD)
      return reject('BAD_DIRECTION', `Direction "${short(dirText)}" is not in/out (呼入/呼出)`, {
        value: short(dirText),
      });
    const chText = at(rec, ix.channel);
    const channel = chText ? parseChannel(chText) : ctx.defaults.channel;
    if (channel === BAD)
      return reject('BAD_CHANNEL', `Channel "${short(chText)}" is not voice/chat/email/ticket (语音/在线/邮件/工单)`, {
        value: short(chText),
      });
    const talk = duration(at(rec, ix.talkSeconds), 'talkSeconds');
    if (isReject(talk)) return talk;
    const hold = duration(at(rec, ix.holdSeconds), 'holdSeconds');
    if (isReject(hold)) return hold;
    const wrap = duration(at(rec, ix.wrapSeconds), 'wrapSeconds');
    if (isReject(wrap)) return wrap;
    const wait = duration(at(rec, ix.queueWaitSeconds), 'queueWaitSeconds');
    if (isReject(wait)) return wait;
    const ansText = at(rec, ix.answered);
    const answered = parseYesNo(ansText);
    if (answered === BAD)
      return reject('BAD_YES_NO', `Answered "${short(ansText)}" is not yes/no (是/否)`, {
        field: 'answered',
        value: short(ansText),
      });
    const fcrText = at(rec, ix.fcr);
    const fcr = parseYesNo(fcrText);
    if (fcr === BAD)
      return reject('BAD_YES_NO', `First-contact resolution "${short(fcrText)}" is not yes/no (是/否)`, {
        field: 'fcr',
        value: short(fcrText),
      });
    const csatText = at(rec, ix.csat);
    const csat = parseCsat(csatText);
    if (csat === BAD)
      return reject('BAD_CSAT', `CSAT "${short(csatText)}" is not a whole number from 1 to 5`, {
        value: short(csatText),
      });
    const business = text(at(rec, ix.businessType) || ctx.defaults.businessType, 100, 'businessType');
    const queue = text(at(rec, ix.queue), 100, 'queue');
    const customer = text(at(rec, ix.customerRef), 100, 'customerRef');
    const recording = text(at(rec, ix.recordingUrl), 1000, 'recordingUrl');
    const transcript = text(at(rec, ix.transcriptUrl), 1000, 'transcriptUrl');
    for (const t of [business, queue, customer, recording, transcript]) if (isReject(t)) return t;
    return [
      id,
      agent,
      start.iso,
      start.day,
      direction,
      channel,
      (business as string | null) ?? '',
      queue as string | null,
      answered ?? 1,
      talk ?? 0,
      hold ?? 0,
      wrap ?? 0,
      wait,
      fcr,
      csat,
      customer as string | null,
      recording as string | null,
      transcript as string | null,
      ctx.importId,
      null,
      null,
    ];
  };
}

// 'SIP/8001-00000a1f', 'PJSIP/8001-0000001a', 'Local/8001@from-queue-0000;1', 'Agent/1001' → '8001'
const peerOf = (channel: string) => /^[A-Za-z0-9_]+\/([^-@/;]+)/.exec(channel)?.[1] ?? '';
const ANSWERED = 'ANSWERED';
const NOT_ANSWERED = new Set(['NO ANSWER', 'BUSY', 'FAILED', 'CONGESTION']);

/** Where cdr_csv puts the optional columns, by the record's length: uniqueid (loguniqueid=yes) is
 *  always there; userfield with loguserfield=yes; peeraccount, linkedid, sequence with
 *  newcdrcolumns=yes (Asterisk's cdr_csv.c writes them in this order, after the 16 fixed ones). */
export const ASTERISK_LAYOUTS: Record<number, { userfield?: number; linkedid?: number; sequence?: number }> = {
  17: {},
  18: { userfield: 17 },
  20: { linkedid: 18, sequence: 19 },
  21: { userfield: 17, linkedid: 19, sequence: 20 },
};
export const ASTERISK_LENGTHS = Object.keys(ASTERISK_LAYOUTS).map(Number);

/**
 * Asterisk cdr_csv, one row per call leg: the agent is the first of userfield, accountcode, the
 * calling channel's peer and the called channel's peer that names a known agent; the leg is
 * outbound when the calling channel is an agent's. Talk = billsec of an ANSWERED leg; queue wait
 * of an inbound leg = duration − billsec (ringing/queueing before answer; all of it when
 * unanswered). Hold and wrap are not in a CDR (0). Business type = the queue (first argument of
 * Queue()) or the context. The leg's key is uniqueid/sequence when the file has sequence; else
 * uniqueid, which import.legs.ts numbers by row order when several rows share it. call_id is
 * linkedid, else uniqueid. An unanswered leg is never rejected for its agent: one that reached
 * no known agent is kept with agent '' (it still counts for the center).
 */
export function asteriskConverter(ctx: ConvertContext): Converter {
  return (rec) => {
    const layout = ASTERISK_LAYOUTS[rec.length];
    if (!layout)
      return reject(
        'WRONG_COLUMN_COUNT',
        `Expected ${ASTERISK_LENGTHS.join(', ')} columns (cdr_csv with loguniqueid, loguserfield, newcdrcolumns), found ${rec.length}`,
        { count: rec.length },
      );
    const f = (i: number | undefined) => (i === undefined ? '' : (rec[i] ?? '').trim());
    const uniqueid = f(16);
    if (!uniqueid) return reject('MISSING_ID', 'uniqueid is empty', { field: 'uniqueid' });
    const sequence = f(layout.sequence);
    const id = sequence ? `${uniqueid}/${sequence}` : uniqueid;
    if (id.length > 64)
      return reject('ID_TOO_LONG', 'uniqueid is longer than 64 characters', { field: 'uniqueid', max: 64 });
    const disposition = f(14).toUpperCase();
    const answered = disposition === ANSWERED ? 1 : NOT_ANSWERED.has(disposition) ? 0 : -1;
    if (answered < 0)
      return reject(
        'BAD_DISPOSITION',
        `disposition "${short(f(14))}" is not ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION`,
        { value: short(f(14)) },
      );
    const fromPeer = peerOf(f(5));
    const toPeer = peerOf(f(6));
    const callerAgent = fromPeer ? ctx.agentOf(fromPeer) : undefined;
    const userfield = f(layout.userfield);
    const agent =
      (userfield && ctx.agentOf(userfield)) ||
      (f(0) && ctx.agentOf(f(0))) ||
      callerAgent ||
      (toPeer && ctx.agentOf(toPeer)) ||
      (answered ? undefined : '');
    if (agent === undefined) {
      const tried = [userfield, f(0), fromPeer, toPeer].filter(Boolean);
      return tried.length
        ? reject(
            'UNKNOWN_AGENT',
            `No known agent among ${tried.map((t) => `"${short(t)}"`).join(', ')} (userfield, accountcode, channel, dstchannel)`,
            { value: tried.map(short).join(', ') },
          )
        : reject('NO_AGENT', 'No agent: userfield, accountcode, channel and dstchannel are all empty');
    }
    const start = parseTime(f(9), ctx.offsetMinutes, ctx.maxMs);
    if (start === BAD)
      return reject('BAD_TIME', `start "${short(f(9))}" is not a valid time`, { field: 'start', value: short(f(9)) });
    const dur = duration(f(12), 'duration');
    if (isReject(dur)) return dur;
    const bill = duration(f(13), 'billsec');
    if (isReject(bill)) return bill;
    const direction = callerAgent ? 'out' : 'in';
    const talk = answered ? (bill ?? 0) : 0;
    const wait = direction === 'in' && dur !== null ? Math.max(0, dur - talk) : null;
    const queue = (f(7).toLowerCase() === 'queue' ? f(8).split(/[,|]/)[0] : '') || f(3) || null;
    const callId = (f(layout.linkedid) || uniqueid).slice(0, 64);
    return [
      id,
      agent,
      start.iso,
      start.day,
      direction,
      'voice',
      (queue ?? '').slice(0, 100),
      queue?.slice(0, 100) ?? null,
      answered,
      talk,
      0,
      0,
      wait,
      null,
      null,
      (direction === 'in' ? f(1) : f(2)).slice(0, 100) || null,
      null,
      null,
      ctx.importId,
      callId,
      'call',
    ];
  };
}
