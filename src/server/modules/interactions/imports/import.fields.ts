// The fields an interaction has, as the Seatwise template names them (Chinese first, then the
// English and telephony-system names a header may also use). A saved column mapping points the
// same fields at the columns of any other CSV.

export const FIELD_KEYS = [
  'interactionId',
  'agent',
  'startedAt',
  'direction',
  'channel',
  'businessType',
  'queue',
  'talkSeconds',
  'holdSeconds',
  'wrapSeconds',
  'queueWaitSeconds',
  'answered',
  'fcr',
  'csat',
  'customerRef',
  'recordingUrl',
  'transcriptUrl',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export interface FieldDef {
  key: FieldKey;
  zh: string;
  en: string;
  required: boolean;
  /** What the column holds, for the template's notes sheet and the mapping screen. */
  hint: string;
  aliases: string[];
}

export const FIELDS: FieldDef[] = [
  {
    key: 'interactionId',
    zh: '交互ID',
    en: 'Interaction ID',
    required: true,
    hint: '来源系统的唯一编号 / unique ID in the source system (call ID, ticket no.)',
    aliases: [
      '交互编号',
      '通话ID',
      '通话编号',
      '呼叫ID',
      '工单号',
      '会话ID',
      'interaction_id',
      'id',
      'call_id',
      'uniqueid',
    ],
  },
  {
    key: 'agent',
    zh: '工号',
    en: 'Agent',
    required: true,
    hint: '员工工号或话务系统坐席号/分机号 / employee no. or telephony agent id/extension',
    aliases: [
      '坐席工号',
      '员工工号',
      '员工号',
      '坐席',
      '坐席号',
      '分机号',
      'agent',
      'agent_id',
      'employee_no',
      'extension',
    ],
  },
  {
    key: 'startedAt',
    zh: '开始时间',
    en: 'Start time',
    required: true,
    hint: 'YYYY-MM-DD HH:MM:SS (中心当地时间 / center local time) or ISO-8601 with offset',
    aliases: ['呼叫时间', '通话开始时间', '开始日期时间', 'started_at', 'start_time', 'start', 'calldate'],
  },
  {
    key: 'direction',
    zh: '方向',
    en: 'Direction',
    required: false,
    hint: '呼入/呼出 · in/out (default in)',
    aliases: ['呼叫方向', '呼叫类型', 'direction'],
  },
  {
    key: 'channel',
    zh: '渠道',
    en: 'Channel',
    required: false,
    hint: '语音/在线/邮件/工单 · voice/chat/email/ticket (default voice)',
    aliases: ['媒体类型', '接触渠道', 'channel', 'media'],
  },
  {
    key: 'businessType',
    zh: '业务类型',
    en: 'Business type',
    required: false,
    hint: '如 信用卡、储蓄业务 / e.g. credit cards',
    aliases: ['业务', '业务线', '技能', 'business_type', 'skill'],
  },
  {
    key: 'queue',
    zh: '队列',
    en: 'Queue',
    required: false,
    hint: '技能组/队列 / queue or skill group',
    aliases: ['技能组', '队列名称', 'queue'],
  },
  {
    key: 'talkSeconds',
    zh: '通话时长',
    en: 'Talk seconds',
    required: false,
    hint: '秒或 HH:MM:SS / seconds or HH:MM:SS',
    aliases: ['通话秒数', 'talk', 'talk_seconds', 'talk_time', 'billsec'],
  },
  {
    key: 'holdSeconds',
    zh: '保持时长',
    en: 'Hold seconds',
    required: false,
    hint: '秒或 HH:MM:SS',
    aliases: ['保持秒数', 'hold', 'hold_seconds', 'hold_time'],
  },
  {
    key: 'wrapSeconds',
    zh: '话后处理时长',
    en: 'Wrap seconds',
    required: false,
    hint: '秒或 HH:MM:SS',
    aliases: ['话后时长', '整理时长', '事后处理时长', 'wrap', 'wrap_seconds', 'acw', 'wrap_time'],
  },
  {
    key: 'queueWaitSeconds',
    zh: '排队时长',
    en: 'Queue wait seconds',
    required: false,
    hint: '秒；空 = 未知 / seconds; empty = unknown',
    aliases: ['排队等待时长', '等待时长', 'queue_wait', 'queue_wait_seconds', 'wait_seconds'],
  },
  {
    key: 'answered',
    zh: '是否接通',
    en: 'Answered',
    required: false,
    hint: '是/否 · yes/no (default yes)',
    aliases: ['接通', '是否应答', 'answered'],
  },
  {
    key: 'fcr',
    zh: '一次解决',
    en: 'First-contact resolution',
    required: false,
    hint: '是/否/空 · yes/no/empty',
    aliases: ['首次解决', '是否一次解决', 'fcr', 'first_contact_resolution', 'resolved'],
  },
  {
    key: 'csat',
    zh: '满意度',
    en: 'CSAT',
    required: false,
    hint: '1–5；空 = 未评价 / empty = no answer',
    aliases: ['客户满意度', '满意度评分', 'csat', 'satisfaction'],
  },
  {
    key: 'customerRef',
    zh: '客户编号',
    en: 'Customer',
    required: false,
    hint: '客户号或主叫号码 / customer id or number',
    aliases: ['客户号', '客户号码', '主叫号码', 'customer', 'customer_ref', 'customer_id'],
  },
  {
    key: 'recordingUrl',
    zh: '录音链接',
    en: 'Recording URL',
    required: false,
    hint: 'http(s)://…',
    aliases: ['录音', '录音地址', 'recording', 'recording_url'],
  },
  {
    key: 'transcriptUrl',
    zh: '文本链接',
    en: 'Transcript URL',
    required: false,
    hint: '在线/邮件/工单的会话记录 / chat, e-mail or ticket transcript',
    aliases: ['会话记录', '聊天记录', 'transcript', 'transcript_url'],
  },
];

/** Header text → comparable form: case, spaces, _ - and a unit in brackets do not matter. */
export const normalizeHeader = (h: string) =>
  h
    .replace(/^\ufeff/, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s_-]/g, '')
    .toLowerCase();

const BY_NAME = new Map<string, FieldKey>();
for (const f of FIELDS) for (const name of [f.zh, f.en, f.key, ...f.aliases]) BY_NAME.set(normalizeHeader(name), f.key);

export type ColumnIndex = Partial<Record<FieldKey, number>>;

/** Template: finds each field's column by its names; lists the required ones it could not find. */
export function templateColumns(header: string[]): { index: ColumnIndex; missing: FieldDef[] } {
  const index: ColumnIndex = {};
  header.forEach((h, i) => {
    const key = BY_NAME.get(normalizeHeader(h));
    if (key && index[key] === undefined) index[key] = i;
  });
  return { index, missing: FIELDS.filter((f) => f.required && index[f.key] === undefined) };
}

export interface ColumnMapping {
  hasHeader: boolean;
  delimiter: string;
  /** Field → header text (when hasHeader) or 1-based column number. */
  columns: Partial<Record<FieldKey, string | number>>;
  defaults?: { direction?: 'in' | 'out'; channel?: 'voice' | 'chat' | 'email' | 'ticket'; businessType?: string };
}

/** A saved mapping applied to a file's header: the column index of each field, or what is missing. */
export function mappingColumns(m: ColumnMapping, header: string[] | null): { index: ColumnIndex; missing: string[] } {
  const index: ColumnIndex = {};
  const missing: string[] = [];
  const normalized = header?.map(normalizeHeader);
  for (const [key, ref] of Object.entries(m.columns) as [FieldKey, string | number][]) {
    if (typeof ref === 'number') index[key] = ref - 1;
    else {
      const i = normalized ? normalized.indexOf(normalizeHeader(ref)) : -1;
      if (i >= 0) index[key] = i;
      else missing.push(`${ref} (${key})`);
    }
  }
  for (const f of FIELDS) if (f.required && m.columns[f.key] === undefined) missing.push(`${f.key} is not mapped`);
  return { index, missing };
}

/** Asterisk cdr_csv Master.csv: no header, this column order (loguniqueid=yes; userfield optional);
 *  newcdrcolumns=yes appends ASTERISK_NEW_COLUMNS (see ASTERISK_LAYOUTS in import.convert.ts). */
export const ASTERISK_COLUMNS = [
  'accountcode',
  'src',
  'dst',
  'dcontext',
  'clid',
  'channel',
  'dstchannel',
  'lastapp',
  'lastdata',
  'start',
  'answer',
  'end',
  'duration',
  'billsec',
  'disposition',
  'amaflags',
  'uniqueid',
  'userfield',
] as const;
export const ASTERISK_NEW_COLUMNS = ['peeraccount', 'linkedid', 'sequence'] as const;
