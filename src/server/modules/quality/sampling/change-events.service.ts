import type { z } from 'zod';
import type { ChangeEventCreate, ChangeEventListQuery } from '../../../../common/quality-sampling.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { getSetting } from '../../../lib/settings.js';
import { departmentsOf } from '../../people/identity.service.js';
import * as repo from './sampling.repo.js';

// Change events (SPEC §8): a knowledge, system or process change raises sampling for N days;
// the weekly draw reads them through sampling.gather.ts.
const eventDto = (e: repo.ChangeEventRow & { department_name: string | null }) => ({
  id: e.id,
  kind: e.kind as 'knowledge',
  title: e.title,
  startsOn: e.starts_on,
  endsOn: addDays(e.starts_on, Number(e.days) - 1),
  days: Number(e.days),
  raisePercent: Number(e.raise_percent),
  businessType: e.business_type,
  departmentId: e.department_id,
  departmentName: e.department_name ?? null,
  createdAt: e.created_at,
});

export async function listChangeEvents(db: Db, q: z.infer<typeof ChangeEventListQuery>) {
  const to = q.to ?? '9999-12-31';
  const from = q.from ? addDays(q.from, -366) : '0000-01-01'; // an event started up to a year before may still run
  const events = await repo.changeEventsStartingBetween(db, from, to);
  const departments = await departmentsOf(
    db,
    events.map((e) => e.department_id),
  );
  const rows = events.map((e) => ({
    ...e,
    department_name: (e.department_id && departments.get(e.department_id)?.name) || null,
  }));
  return rows.map(eventDto).filter((e) => !q.from || e.endsOn >= q.from);
}

export async function createChangeEvent(db: Db, actor: Actor, input: z.infer<typeof ChangeEventCreate>) {
  if (input.departmentId) {
    if (!(await departmentsOf(db, [input.departmentId])).has(input.departmentId))
      throw ruleBroken('UNKNOWN_DEPARTMENT', 'No such department', 'departmentId');
  }
  const row = {
    id: newId(),
    kind: input.kind,
    title: input.title,
    starts_on: input.startsOn,
    days: input.days ?? (await getSetting(db, 'quality.sampling.changeEventDays')),
    raise_percent: input.raisePercent ?? (await getSetting(db, 'quality.sampling.changeEventPercent')),
    business_type: input.businessType ?? null,
    department_id: input.departmentId ?? null,
    created_by: actor.userId,
    created_at: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertChangeEvent(trx, row);
    await recordAudit(trx, actor, { action: 'create', entity: 'qa_change_event', entityId: row.id, newValue: row });
  });
  return { id: row.id };
}

export async function deleteChangeEvent(db: Db, actor: Actor, id: string) {
  const before = await repo.findChangeEvent(db, id);
  if (!before) throw notFound('Change event');
  await db.transaction().execute(async (trx) => {
    await repo.deleteChangeEvent(trx, id);
    await recordAudit(trx, actor, { action: 'delete', entity: 'qa_change_event', entityId: id, oldValue: before });
  });
}
