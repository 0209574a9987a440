import type { Insertable } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import type { Hire } from './analytics-model.js';

// What the pieces of the analytics history demo (demo/analytics-history.ts) share: the context
// of the one transaction, and multi-row inserts sized under both databases' parameter limits.

export interface HistoryPerson extends Hire {
  id: string;
  name: string;
  teamId: string;
}

export interface FloorAgent {
  id: string;
  teamCode: string;
  hireDate: string;
  status: string;
}

export interface HistoryCtx {
  trx: Db;
  rand: () => number;
  today: string; // the center's day
  now: string; // ISO instant
  by: string; // the training manager's user id
  people: HistoryPerson[];
  floor: FloorAgent[]; // the center's agents before the history (mentors, comparison group)
  mentors: string[]; // employee ids of the mentor pool
  trainers: Record<string, string>; // demo trainer key → training_trainers.id
  courses: Map<string, string>; // course code → id
  teamIds: Map<string, string>;
}

export async function insertMany<T extends keyof Database & string>(
  trx: Db,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(15_000 / columns));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely cannot follow a table name chosen at run time; the rows were typed by the caller.
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

export const ts = (date: string, hm: string) => new Date(`${date}T${hm}:00+08:00`).toISOString();
export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
