import { ROUTINE_PERIODS, type Checklist, type Tick, type TickInput } from '../../../../common/careers-routines.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { toItem } from './items.service.js';
import { leadOf } from './lead.js';
import { checkLink } from './links.js';
import { periodOf } from './periods.js';
import * as repo from './routines.repo.js';

// A lead's ticks: always their own, always for the instance of the item's period that contains
// today in the center (a missed day stays missed — that is what the report counts). A tick of an
// item with a count must reach it; an item that links a record takes a link or, failing that, a
// note saying why; an item without a link kind takes none. Untick only while the period lasts.

export const toTick = (r: repo.TickRow): Tick => ({
  id: r.id,
  itemId: r.item_id,
  employeeId: r.employee_id,
  periodKey: r.period_key,
  day: r.day,
  note: r.note,
  count: r.count,
  link:
    r.link_kind && r.link_id
      ? { kind: r.link_kind as 'meeting' | 'feedback' | 'evaluation', id: r.link_id, label: r.link_label }
      : null,
  createdAt: r.created_at,
});

/** The lead's checklist for today: every active item with the current instance of its period and its tick. */
export async function myChecklist(db: Db, actor: Actor): Promise<Checklist> {
  const lead = await leadOf(db, actor);
  const items = await repo.listItems(db, true);
  const instances = ROUTINE_PERIODS.map((p) => periodOf(p, lead.today));
  const ticks = await repo.ticksOf(
    db,
    [lead.employeeId],
    instances.map((i) => i.key),
  );
  const tickOf = new Map(ticks.map((t) => [`${t.item_id}|${t.period_key}`, t]));
  return {
    today: lead.today,
    periods: instances.map((inst) => {
      const lines = items
        .filter((i) => i.period === inst.period)
        .map((i) => {
          const t = tickOf.get(`${i.id}|${inst.key}`);
          return { item: toItem(i), tick: t ? toTick(t) : null };
        });
      return { ...inst, lines, done: lines.filter((l) => l.tick).length, total: lines.length };
    }),
  };
}

export async function tick(db: Db, actor: Actor, input: TickInput): Promise<Tick> {
  const lead = await leadOf(db, actor);
  const item = await repo.findItem(db, input.itemId);
  if (!item) throw ruleBroken('ROUTINE_ITEM_NOT_FOUND', 'No checklist item with this id', 'itemId');
  if (item.active !== 1) throw ruleBroken('ROUTINE_ITEM_INACTIVE', 'This checklist item is switched off', 'itemId');
  const instance = periodOf(item.period as (typeof ROUTINE_PERIODS)[number], lead.today);
  if (item.target_count !== null && (input.count ?? 0) < item.target_count)
    throw ruleBroken('ROUTINE_COUNT_SHORT', `This duty counts at least ${item.target_count}`, 'count');
  let label: string | null = null;
  if (input.link) {
    if (item.link_kind === 'none')
      throw ruleBroken('ROUTINE_LINK_NOT_ALLOWED', 'This duty takes no linked record', 'link');
    if (input.link.kind !== item.link_kind)
      throw ruleBroken('ROUTINE_LINK_KIND', `This duty links a ${item.link_kind}`, 'link.kind');
    label = await checkLink(db, actor, lead, input.link, instance);
  } else if (item.link_kind !== 'none' && !input.note)
    throw ruleBroken(
      'ROUTINE_NOTE_OR_LINK',
      'Link the record of this duty, or say in a note why there is none',
      'note',
    );
  const row = {
    id: newId(),
    item_id: item.id,
    employee_id: lead.employeeId,
    period_key: instance.key,
    day: lead.today,
    note: input.note,
    count: input.count,
    link_kind: input.link?.kind ?? null,
    link_id: input.link?.id ?? null,
    link_label: label,
    ticked_by: actor.userId,
    created_at: nowIso(),
  };
  const already = () => conflict('ROUTINE_ALREADY_TICKED', `Already ticked for ${instance.key}`, 'itemId');
  if (await repo.tickOfInstance(db, lead.employeeId, item.id, instance.key)) throw already();
  try {
    await db.transaction().execute(async (trx) => {
      await repo.insertTick(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'career_routine_tick',
        entityId: row.id,
        newValue: row,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw already();
    throw err;
  }
  return toTick(row);
}

export async function untick(db: Db, actor: Actor, id: string) {
  const lead = await leadOf(db, actor);
  const t = await repo.findTick(db, id);
  // Another lead's tick answers as none at all (lib/access.ts).
  if (!t || t.employee_id !== lead.employeeId) throw notFound('Tick');
  const item = (await repo.findItem(db, t.item_id))!;
  if (periodOf(item.period as (typeof ROUTINE_PERIODS)[number], lead.today).key !== t.period_key)
    throw conflict('ROUTINE_PERIOD_CLOSED', `The period ${t.period_key} is over: its tick stays`);
  await db.transaction().execute(async (trx) => {
    await repo.deleteTick(trx, id);
    await recordAudit(trx, actor, { action: 'delete', entity: 'career_routine_tick', entityId: id, oldValue: t });
  });
}
