import { createHash } from 'node:crypto';
import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';
import * as repo from './report.repo.js';

// The report's figures that come from the rollups (headcount, retention, pass rates, levels,
// effects) change only when the rollups are rebuilt, and composing them is the report's cost (five
// pages' worth). They are kept per month and reader scope with the rebuild they came from, and
// computed again only after the next rebuild (or when the running month has gained a day). The
// warnings and actions, which a lead changes at any time, are never kept.

/** The same people scope gives the same key, however its lists are ordered. */
export function scopeKey(scope: PeopleScope): string {
  if (scope.kind === 'all') return 'all';
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  const text = JSON.stringify([sorted(scope.departmentIds), sorted(scope.teamIds), sorted(scope.employeeIds)]);
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export interface FiguresKey {
  month: string;
  /** The month's last day counted: today while the month runs. */
  through: string;
  scope: PeopleScope;
  /** The rollups' rebuild; null before the first one (nothing is kept then). */
  asOf: string | null;
}

/** The figures kept for this month, scope and rebuild, or computed now and kept. */
export async function keptFigures<T>(db: Db, key: FiguresKey, compute: () => Promise<T>): Promise<T> {
  if (!key.asOf) return compute();
  const scope_key = scopeKey(key.scope);
  const kept = await repo.cachedFigures(db, key.month, scope_key);
  if (kept && kept.as_of === key.asOf && kept.through === key.through) return JSON.parse(kept.body) as T;
  const figures = await compute();
  await repo.keepFigures(db, {
    month: key.month,
    scope_key,
    as_of: key.asOf,
    through: key.through,
    body: JSON.stringify(figures),
  });
  return figures;
}
