import type { BulkPlan, BulkResult, BulkTable, BulkValue } from '../../../db/portable.js';
import { R, type Reject, type Row } from './import.convert.js';
import { nowIso } from '../../../lib/clock.js';
import { SETTING_DEFAULTS } from '../../../lib/settings.js';

// One batch of an import, written all-or-nothing: the new interactions, the change they make to
// the daily rollups (summed per key, upserted once per key), the rejected rows and the import's
// progress, in the same transaction. A batch is handed to the writer in parts (plans); each part
// moves the progress on, and the last one commits. A row whose ID is already stored is a duplicate: of an
// earlier import (counted), or of an earlier line of this same file (rejected).

export const INTERACTIONS: BulkTable = {
  table: 'interactions',
  columns: [
    ['id', 'text'],
    ['agent_id', 'text'],
    ['started_at', 'text'],
    ['day', 'text'],
    ['direction', 'text'],
    ['channel', 'text'],
    ['business_type', 'text'],
    ['queue', 'text'],
    ['answered', 'int'],
    ['talk_seconds', 'int'],
    ['hold_seconds', 'int'],
    ['wrap_seconds', 'int'],
    ['queue_wait_seconds', 'int'],
    ['fcr', 'int'],
    ['csat', 'int'],
    ['customer_ref', 'text'],
    ['recording_url', 'text'],
    ['transcript_url', 'text'],
    ['import_id', 'text'],
    ['call_id', 'text'],
    ['leg', 'text'],
  ],
};

export const DAILY: BulkTable = {
  table: 'interaction_daily',
  columns: [
    ['agent_id', 'text'],
    ['day', 'text'],
    ['business_type', 'text'],
    ['channel', 'text'],
    ['offered', 'int'],
    ['handled', 'int'],
    ['talk_sum', 'int'],
    ['hold_sum', 'int'],
    ['wrap_sum', 'int'],
    ['fcr_yes', 'int'],
    ['fcr_known', 'int'],
    ['csat_sum', 'int'],
    ['csat_count', 'int'],
    ['sl_within', 'int'],
    ['sl_offered', 'int'],
    ['csat_satisfied', 'int'],
  ],
};

/** The same counters per agent and day over every business type and channel: what the dashboards
 *  read when they do not filter by either (a team's month is 30 rows per agent, not 30 × types × channels). */
export const AGENT_DAILY: BulkTable = {
  table: 'interaction_agent_daily',
  columns: [DAILY.columns[0], DAILY.columns[1], ...DAILY.columns.slice(4)],
};

/** The same counters for the whole center per day, business type and channel: the business types
 *  a range has (the KPI pages' filter) without reading every agent's rows. */
export const CENTER_DAILY: BulkTable = {
  table: 'interaction_center_daily',
  columns: DAILY.columns.slice(1),
};

export const REJECTS: BulkTable = {
  table: 'interaction_import_rejects',
  columns: [
    ['import_id', 'text'],
    ['line', 'int'],
    ['code', 'text'],
    ['message', 'text'],
    ['raw', 'text'],
    ['params', 'text'],
  ],
};

/** Counters per row: DAILY's columns after its four key columns. */
const W = DAILY.columns.length - 4;

/**
 * What interactions add to their rollup rows (key: agent, day, business type, channel; summed
 * per agent and day in AGENT_DAILY, and per day, business type and channel in CENTER_DAILY), per row:
 * offered 1; handled, talk, hold, wrap when answered; FCR yes / known and CSAT sum / count of
 * answered contacts; service level (SPEC §9, documented in the API): of inbound interactions
 * with a known queue wait (sl_offered), the answered ones that waited at most the threshold
 * (interactions.serviceLevelSeconds, 20 s by default); when it changes, service-level.job.ts
 * recounts the days already stored. A leg of an Asterisk call (import.legs.ts) counts by its
 * role: 'call' as any row; 'transfer' offered and handled but not in the service level (the
 * caller's wait was counted on the call's own leg); 'segment' its talk only; 'attempt' nothing.
 * csat_satisfied: the CSAT responses counted of at least satisfiedMin (appraisal.csatSatisfiedMin;
 * a change recounts the stored days like a service-level change, service-level.repo.ts).
 */
export function contributions(
  rows: Row[],
  slSeconds: number,
  satisfiedMin: number = SETTING_DEFAULTS['appraisal.csatSatisfiedMin'],
) {
  const keys: BulkValue[][] = [];
  const keyOf = new Int32Array(rows.length);
  const values = new Float64Array(rows.length * W);
  // Nested maps on the row's own strings: no key string is built per row.
  const byAgent = new Map<BulkValue, Map<BulkValue, Map<BulkValue, Map<BulkValue, number>>>>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    let byDay = byAgent.get(r[R.agent]);
    if (!byDay) byAgent.set(r[R.agent], (byDay = new Map()));
    let byType = byDay.get(r[R.day]);
    if (!byType) byDay.set(r[R.day], (byType = new Map()));
    let byChannel = byType.get(r[R.businessType]);
    if (!byChannel) byType.set(r[R.businessType], (byChannel = new Map()));
    let k = byChannel.get(r[R.channel]);
    if (k === undefined) {
      byChannel.set(r[R.channel], (k = keys.length));
      keys.push([r[R.agent], r[R.day], r[R.businessType], r[R.channel]]);
    }
    keyOf[i] = k;
    const leg = r[R.leg];
    if (leg === 'attempt') continue;
    const answered = r[R.answered] === 1;
    const fcr = r[R.fcr];
    const csat = r[R.csat] as number | null;
    const wait = r[R.wait] as number | null;
    const slOffered = r[R.direction] === 'in' && wait !== null && leg !== 'transfer' && leg !== 'segment';
    const o = i * W;
    if (leg === 'segment') {
      values[o + 2] = r[R.talk] as number;
      continue;
    }
    values[o] = 1;
    if (answered) {
      values[o + 1] = 1;
      values[o + 2] = r[R.talk] as number;
      values[o + 3] = r[R.hold] as number;
      values[o + 4] = r[R.wrap] as number;
      if (fcr !== null) {
        values[o + 6] = 1;
        if (fcr === 1) values[o + 5] = 1;
      }
      if (csat !== null) {
        values[o + 7] = csat;
        values[o + 8] = 1;
        if (csat >= satisfiedMin) values[o + 11] = 1;
      }
    }
    if (slOffered) {
      values[o + 10] = 1;
      if (answered && wait <= slSeconds) values[o + 9] = 1;
    }
  }
  return {
    into: DAILY,
    keys,
    keyOf,
    values,
    coarser: [
      { into: AGENT_DAILY, keyAt: [0, 1] },
      { into: CENTER_DAILY, keyAt: [1, 2, 3] },
    ],
  };
}

export interface Totals {
  rowsRead: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  rejectsKept: number;
}
export interface PendingReject extends Reject {
  line: number;
  raw: string;
}

export interface BatchInput {
  importId: string;
  rows: Row[];
  rowLines: number[];
  rejects: PendingReject[];
  /** How many records the batch covered (rows + rejects). */
  records: number;
  endLine: number;
  endBytes: number;
  before: Totals & { committedLine: number };
  /** contributions(rows, serviceLevelSeconds) */
  counters: ReturnType<typeof contributions>;
  maxRejectsKept: number;
  /** Test hook: make the batch fail at its very end, after everything else was written. */
  failAtEnd?: boolean;
  /** False for a part of a batch that more parts follow (the transaction stays open). */
  commit: boolean;
}

const DUPLICATE_MESSAGE = 'This interaction ID appears earlier in this file';

/** The plan for the bulk writer, and the totals once it has committed. */
export function importPlan(b: BatchInput): { plan: BulkPlan; totals(r: BulkResult): Totals } {
  const room = Math.max(0, b.maxRejectsKept - b.before.rejectsKept);
  const kept = b.rejects.slice(0, room);
  const plan: BulkPlan = {
    commit: b.commit,
    insertNew: { into: INTERACTIONS, rows: b.rows, ownerColumn: 'import_id' },
    addForInserted: b.counters,
    insertForOwned: {
      owner: b.importId,
      into: REJECTS,
      limit: room - kept.length,
      lines: b.rowLines,
      lineAt: 1,
      keyAt: 4,
      values: [b.importId, 0, 'DUPLICATE_IN_FILE', DUPLICATE_MESSAGE, '', null], // the ID goes into raw; the earlier line is not known here
    },
    insert: kept.length
      ? [
          {
            into: REJECTS,
            rows: kept.map((r) => [
              b.importId,
              r.line,
              r.code,
              r.message,
              r.raw,
              r.params ? JSON.stringify(r.params) : null,
            ]),
          },
        ]
      : [],
    run: [
      {
        // The previous committed line guards against two workers writing the same import.
        sql: `UPDATE interaction_imports SET committed_line = ?, committed_bytes = ?, bytes_read = ?, rows_read = rows_read + ?,
            accepted = accepted + ?, rejected = rejected + ? + ?, duplicates = duplicates + ?, updated_at = ?
            WHERE id = ? AND committed_line = ? AND state = 'running'`,
        params: [
          b.endLine,
          b.endBytes,
          b.endBytes,
          b.records,
          { count: 'inserted' },
          b.rejects.length,
          { count: 'owned' },
          { count: 'other' },
          nowIso(),
          b.importId,
          b.before.committedLine,
        ],
        expectChanges: 1,
      },
      ...(b.failAtEnd ? [{ sql: 'INSERT INTO interaction_imports (id) VALUES (NULL)', params: [] }] : []),
    ],
  };
  // Only numbers are kept for afterwards, so the batch's rows can go once they are handed over.
  const { before, records } = b;
  const rejected = b.rejects.length;
  const keptNow = kept.length;
  return {
    plan,
    totals: (r) => ({
      rowsRead: before.rowsRead + records,
      accepted: before.accepted + r.inserted,
      rejected: before.rejected + rejected + r.owned,
      duplicates: before.duplicates + r.other,
      rejectsKept: before.rejectsKept + keptNow + r.ownedKept,
    }),
  };
}
