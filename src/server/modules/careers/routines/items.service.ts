import type { RoutineItem, RoutineItemInput, RoutineItemPatch } from '../../../../common/careers-routines.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import * as repo from './routines.repo.js';

// The center's checklists (careers.routines.manage). The default five time-spans are seeded by
// the migration; items are switched off rather than deleted, so past ticks keep their item.

export const toItem = (r: repo.ItemRow): RoutineItem => ({
  id: r.id,
  period: r.period as RoutineItem['period'],
  title: r.title,
  guidance: r.guidance,
  expectedMinutes: r.expected_minutes,
  targetCount: r.target_count,
  linkKind: r.link_kind as RoutineItem['linkKind'],
  active: r.active === 1,
  position: r.position,
  version: r.version,
});

export const listItems = async (db: Db, activeOnly = false) => (await repo.listItems(db, activeOnly)).map(toItem);

export async function createItem(db: Db, actor: Actor, input: RoutineItemInput): Promise<RoutineItem> {
  return db.transaction().execute(async (trx) => {
    const at = nowIso();
    const id = newId();
    const row = {
      id,
      period: input.period,
      title: input.title,
      guidance: input.guidance,
      expected_minutes: input.expectedMinutes,
      target_count: input.targetCount,
      link_kind: input.linkKind,
      active: 1,
      position: input.position ?? (await repo.maxPosition(trx)) + 10,
      created_at: at,
      updated_at: at,
      version: 1,
    };
    await repo.insertItem(trx, row);
    await recordAudit(trx, actor, { action: 'create', entity: 'career_routine_item', entityId: id, newValue: row });
    return toItem(row);
  });
}

export async function patchItem(db: Db, actor: Actor, id: string, patch: RoutineItemPatch): Promise<RoutineItem> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findItem(trx, id);
    if (!before) throw notFound('Routine item');
    const set: Partial<repo.ItemRow> = {};
    if (patch.title !== undefined) set.title = patch.title;
    if (patch.guidance !== undefined) set.guidance = patch.guidance;
    if (patch.expectedMinutes !== undefined) set.expected_minutes = patch.expectedMinutes;
    if (patch.targetCount !== undefined) set.target_count = patch.targetCount;
    if (patch.linkKind !== undefined) set.link_kind = patch.linkKind;
    if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
    if (patch.position !== undefined) set.position = patch.position;
    if (!(await repo.updateItemAtVersion(trx, id, patch.version, { ...set, updated_at: nowIso() })))
      throw conflict('VERSION_CONFLICT', 'Someone changed this item first: reload and try again', 'version');
    const { oldValue, newValue } = diff(before as Record<string, unknown>, set);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'career_routine_item',
      entityId: id,
      oldValue,
      newValue,
    });
    return toItem((await repo.findItem(trx, id))!);
  });
}
