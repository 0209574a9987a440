import { CompiledQuery } from 'kysely';
import type { Db } from '../../db/connect.js';

// People lists are read on almost every page and change rarely. Answers computed from employees,
// teams and departments are kept per database handle under the database's people version (a
// number triggers raise on any change to those tables, migration 20270107): each read costs one
// tiny query, a change made anywhere — this node, another node, any module, psql — is seen by
// the next request, and nothing has to remember to invalidate. Concurrent misses of the same
// answer share one computation, so a change under load costs one query, not one per request.

const VERSION = CompiledQuery.raw('select version from people_version where id = 1');
const MAX_ENTRIES = 500;

async function readVersion(db: Db): Promise<number | null> {
  const { rows } = await db.executeQuery<{ version: number | string }>(VERSION);
  return rows[0] ? Number(rows[0].version) : null;
}

// Requests that arrive in the same turn of the event loop share one read of the version (64
// connections: one query instead of dozens; on PostgreSQL one round trip). The shared read starts
// after all of them arrived, so each still sees every change committed before it came in.
const nextRead = new WeakMap<Db, Promise<number | null>>();

/** The current people version, or null when the row is missing (then nothing is cached). */
export function peopleVersion(db: Db): Promise<number | null> {
  let read = nextRead.get(db);
  if (!read) {
    read = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      nextRead.delete(db); // started: later arrivals wait for a read of their own
      return readVersion(db);
    });
    nextRead.set(db, read);
  }
  return read;
}

class VersionedCache {
  private version = -1;
  private readonly entries = new Map<string, Promise<unknown>>();

  async get<T>(version: number, key: string, compute: () => Promise<T>): Promise<T> {
    // Versions only grow: a newer one empties the cache; a request that read an older one (it
    // raced a change) computes its answer without keeping it.
    if (version > this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (version < this.version) return compute();
    const hit = this.entries.get(key) as Promise<T> | undefined;
    if (hit) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, hit);
      return hit;
    }
    const made = compute();
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, made);
    made.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    });
    return made;
  }
}

const caches = new WeakMap<Db, VersionedCache>();

/**
 * The answer `compute` gives for `key` (any JSON-able description of the question: scope,
 * filters, page), from memory while employees, teams and departments are unchanged. The version
 * is read before computing, so a kept answer is never older than the version it is kept under.
 * `compute` must read only those tables (or things that change with them) and return data the
 * caller does not mutate.
 */
export async function cachedPeopleAnswer<T>(db: Db, key: unknown, compute: () => Promise<T>): Promise<T> {
  const version = await peopleVersion(db);
  if (version === null) return compute();
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new VersionedCache()));
  return cache.get(version, JSON.stringify(key), compute);
}
