import type { z } from 'zod';
import type { LeaveKindInput, LeaveKindPatch, LeaveKindView } from '../../../../common/attendance-leave.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import * as repo from './leave.repo.js';

// Leave kinds (attendance.setup): the builtin ones are seeded by the migration and may be renamed,
// re-numbered or switched off, never deleted; a kind of the center's own may be deleted while no
// request uses it. The code is fixed once made: requests carry it.

export const toKind = (k: repo.KindRow): LeaveKindView => ({
  id: k.id,
  code: k.code,
  nameZh: k.name_zh,
  nameEn: k.name_en,
  paid: k.paid === 1,
  balance: k.balance as LeaveKindView['balance'],
  counting: k.counting as LeaveKindView['counting'],
  hrAlways: k.hr_always === 1,
  evidenceAfterDays: k.evidence_after_days,
  maxDays: k.max_days,
  builtin: k.builtin === 1,
  active: k.active === 1,
  sortOrder: k.sort_order,
});

export const listKinds = async (db: Db) => (await repo.listKinds(db)).map(toKind);

type Fields = z.output<typeof LeaveKindPatch>;
const toColumns = (i: Fields): Partial<repo.KindRow> => {
  const out: Partial<repo.KindRow> = {};
  if (i.nameZh !== undefined) out.name_zh = i.nameZh;
  if (i.nameEn !== undefined) out.name_en = i.nameEn;
  if (i.paid !== undefined) out.paid = i.paid ? 1 : 0;
  if (i.balance !== undefined) out.balance = i.balance;
  if (i.counting !== undefined) out.counting = i.counting;
  if (i.hrAlways !== undefined) out.hr_always = i.hrAlways ? 1 : 0;
  if (i.evidenceAfterDays !== undefined) out.evidence_after_days = i.evidenceAfterDays;
  if (i.maxDays !== undefined) out.max_days = i.maxDays;
  if (i.active !== undefined) out.active = i.active ? 1 : 0;
  if (i.sortOrder !== undefined) out.sort_order = i.sortOrder;
  return out;
};

export async function createKind(db: Db, actor: Actor, input: z.output<typeof LeaveKindInput>) {
  if (await repo.kindByCode(db, input.code))
    throw conflict('LEAVE_KIND_CODE_TAKEN', `A leave kind ${input.code} exists already`, 'code');
  const at = nowIso();
  const id = newId();
  const row: repo.KindRow = {
    id,
    code: input.code,
    name_zh: input.nameZh,
    name_en: input.nameEn,
    paid: input.paid ? 1 : 0,
    balance: input.balance,
    counting: input.counting,
    hr_always: input.hrAlways ? 1 : 0,
    evidence_after_days: input.evidenceAfterDays,
    max_days: input.maxDays,
    builtin: 0,
    active: input.active ? 1 : 0,
    sort_order: input.sortOrder,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertKind(trx, row);
    await recordAudit(trx, actor, { action: 'create', entity: 'attendance_leave_kind', entityId: id, newValue: input });
  });
  return toKind(row);
}

async function kindOr404(db: Db, id: string) {
  const k = await repo.kindById(db, id);
  if (!k) throw notFound('Leave kind');
  return k;
}

export async function updateKind(db: Db, actor: Actor, id: string, patch: Fields) {
  const before = await kindOr404(db, id);
  const cols = toColumns(patch);
  if (before.builtin === 1 && cols.balance !== undefined && cols.balance !== before.balance)
    throw ruleBroken('LEAVE_KIND_BUILTIN', 'A builtin kind keeps its balance rule', 'balance');
  await db.transaction().execute(async (trx) => {
    await repo.updateKind(trx, id, { ...cols, updated_at: nowIso() });
    const { oldValue, newValue } = diff(before as unknown as Record<string, unknown>, cols);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'attendance_leave_kind',
      entityId: id,
      oldValue,
      newValue,
    });
  });
  return toKind(await kindOr404(db, id));
}

export async function deleteKind(db: Db, actor: Actor, id: string) {
  const k = await kindOr404(db, id);
  if (k.builtin === 1) throw ruleBroken('LEAVE_KIND_BUILTIN', 'A builtin kind is switched off, not deleted', 'id');
  if (await repo.kindInUse(db, k.code))
    throw conflict('LEAVE_KIND_IN_USE', 'Requests use this kind: switch it off instead', 'id');
  await db.transaction().execute(async (trx) => {
    await repo.deleteKind(trx, id);
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'attendance_leave_kind',
      entityId: id,
      oldValue: toKind(k),
    });
  });
}
