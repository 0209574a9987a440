import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import { conflict, type AppError } from '../../../lib/errors.js';
import { nowIso } from '../../../lib/clock.js';
import { touchLock, updateRowAtVersion } from './training.repo.js';

// Small write helpers shared by the training services.

/**
 * Serializes writers of one kind (bookings, mentoring hours) on both engines: the first statement
 * of the transaction updates the kind's row in training_locks, so a second writer waits for the
 * first to commit (a row lock on PostgreSQL; SQLite has a single writer anyway).
 */
export async function takeLock(trx: Db, key: 'schedule' | 'mentoring') {
  await touchLock(trx, key, nowIso());
}

type Versioned = 'training_courses' | 'training_trainers' | 'training_plans' | 'training_sessions';

/** Optimistic concurrency: the row changes only if it still has the version the client read. */
export async function updateAtVersion(
  trx: Db,
  table: Versioned,
  id: string,
  version: number,
  set: Record<string, unknown>,
  what: string,
) {
  if ((await updateRowAtVersion(trx, table, id, version, set, nowIso())) !== 1)
    throw conflict('VERSION_CONFLICT', `Someone else changed this ${what} meanwhile; reload and try again`, 'version');
}

/** A 1–5 average to one decimal, or null when nobody answered. */
export const avg1 = (v: number | string | null | undefined) =>
  v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10;

export const parseJson = <T>(s: string | null): T => (s ? JSON.parse(s) : null) as T;

/** Runs the write; a unique-constraint violation (on either engine) becomes the given 409. */
export async function uniqueOr<T>(duplicate: AppError, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate;
    throw err;
  }
}
