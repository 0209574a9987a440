import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connect.js';
import type { Role } from '../../common/roles.js';
import { contributedEmployeeIds } from './access.js';
import type { Actor } from './actor.js';
import { nowIso } from './clock.js';
import { getSetting } from './settings.js';

export const SESSION_COOKIE = 'sw_session';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// Sessions live in the database so a restart or a second server keeps them. A short in-process
// cache spares a query per request; anything that changes who a user is drops its entries.
const CACHE_MS = 5_000;
const cache = new Map<string, { actor: Actor; expiresAt: number; cachedAt: number }>();
// When an entry expires under load, every request of that session misses at once: they share one
// lookup instead of each running the same queries (the stampede bench:api showed at 64 connections).
const loading = new Map<string, Promise<Actor | null>>();
// Raised by every forget/clear: a lookup that started before does not put what it read in the cache.
let generation = 0;

export async function createSession(db: Db, userId: string) {
  const token = randomBytes(32).toString('base64url');
  const hours = await getSetting(db, 'auth.sessionHours');
  const now = new Date(); // machine time: a session lives real hours, whatever business time says
  const expires = new Date(now.getTime() + hours * 3600_000);
  const csrfToken = randomBytes(24).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expires.toISOString(),
      last_seen_at: now.toISOString(),
    })
    .execute();
  return { token, expires, csrfToken };
}

export async function resolveSession(db: Db, token: string): Promise<Actor | null> {
  const id = sha256(token);
  const now = Date.now(); // machine time, as when the session was made
  const hit = cache.get(id);
  if (hit && now - hit.cachedAt < CACHE_MS && hit.expiresAt > now) return hit.actor;
  const pending = loading.get(id);
  if (pending) return pending;
  const load: Promise<Actor | null> = loadSession(db, id, now, generation).finally(() => {
    if (loading.get(id) === load) loading.delete(id);
  });
  loading.set(id, load);
  return load;
}

async function loadSession(db: Db, id: string, now: number, startedIn: number): Promise<Actor | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .leftJoin('teams as t', 't.id', 'e.team_id')
    .select([
      's.id as session_id',
      's.csrf_token',
      's.expires_at',
      's.last_seen_at',
      'u.id as user_id',
      'u.username',
      'u.display_name',
      'u.locale',
      'u.must_change_password',
      'u.disabled',
      'u.employee_id',
      'e.team_id',
      't.department_id',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row || row.disabled || Date.parse(row.expires_at) <= now) {
    cache.delete(id);
    return null;
  }
  const roles = await db.selectFrom('user_roles').select('role').where('user_id', '=', row.user_id).execute();
  const actor: Actor = {
    userId: row.user_id,
    username: row.username,
    name: row.display_name,
    roles: roles.map((r) => r.role as Role),
    locale: row.locale,
    mustChangePassword: row.must_change_password === 1,
    employeeId: row.employee_id,
    teamId: row.team_id,
    departmentId: row.department_id,
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
  };
  actor.extraVisibleEmployeeIds = await contributedEmployeeIds(db, actor);
  // Sliding expiry, written at most once a minute per session. Not waited for: while a big import
  // holds SQLite's write lock (decision 0007) this write waits for it, and a read must not; one
  // that fails is written again by a later request.
  if (now - Date.parse(row.last_seen_at) > 60_000) {
    const hours = await getSetting(db, 'auth.sessionHours');
    void db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now).toISOString(), expires_at: new Date(now + hours * 3600_000).toISOString() })
      .where('id', '=', id)
      .execute()
      .catch(() => {});
  }
  if (startedIn === generation) cache.set(id, { actor, expiresAt: Date.parse(row.expires_at), cachedAt: now });
  return actor;
}

export async function endSession(db: Db, sessionId: string) {
  cache.delete(sessionId);
  loading.delete(sessionId);
  generation++;
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** After a password reset, a role change or disabling: every session of the user ends or is re-read. */
export async function endUserSessions(db: Db, userId: string, exceptSessionId?: string) {
  forgetUser(userId);
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
  await q.execute();
}

export function forgetUser(userId: string) {
  for (const [k, v] of cache) if (v.actor.userId === userId) cache.delete(k);
  loading.clear(); // a lookup under way may have read the user as they were
  generation++;
}

export async function purgeExpiredSessions(db: Db) {
  await db.deleteFrom('sessions').where('expires_at', '<', nowIso()).execute();
}

export function clearSessionCache() {
  cache.clear();
  loading.clear();
  generation++;
}
