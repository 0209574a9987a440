import type { z } from 'zod';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import { requireInScope, requirePersonInScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { badRequest, conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { nowIso } from '../../../lib/clock.js';
import * as importRepo from '../imports/import.repo.js';
import type { AliasCreate, InteractionListQuery, MappingSave } from '../interactions.schema.js';
import * as repo from './records.repo.js';
import { authorizeSet, resolveRange } from '../kpi/kpi.service.js';
import { placeOf } from '../../people/identity.service.js';

// Traceability (the interactions behind a figure), agent aliases and saved column mappings.

export const toInteractionDto = (r: repo.InteractionRow) => ({
  id: r.id,
  agentId: r.agent_id,
  employeeNo: r.employee_no,
  agentName: r.agent_name,
  startedAt: r.started_at,
  day: r.day,
  direction: r.direction as 'in' | 'out',
  channel: r.channel as 'voice' | 'chat' | 'email' | 'ticket',
  businessType: r.business_type,
  queue: r.queue,
  answered: r.answered === 1,
  talkSeconds: r.talk_seconds,
  holdSeconds: r.hold_seconds,
  wrapSeconds: r.wrap_seconds,
  handleSeconds: r.talk_seconds + r.hold_seconds + r.wrap_seconds,
  queueWaitSeconds: r.queue_wait_seconds,
  fcr: r.fcr === null ? null : r.fcr === 1,
  csat: r.csat,
  customerRef: r.customer_ref,
  recordingUrl: r.recording_url,
  transcriptUrl: r.transcript_url,
  importId: r.import_id,
});

export async function listInteractions(db: Db, actor: Actor, q: z.infer<typeof InteractionListQuery>) {
  const { set } = await authorizeSet(db, actor, q);
  const range = q.date ? { from: q.date, to: q.date } : await resolveRange(db, q);
  const filter = {
    ...range,
    businessType: q.businessType,
    channel: q.channel,
    direction: q.direction,
    answered: q.answered,
  };
  if (q.startingAfter && q.endingBefore)
    throw badRequest('ONE_CURSOR', 'Give startingAfter or endingBefore, not both', 'endingBefore');
  const cursor = q.startingAfter ?? q.endingBefore;
  const field = q.startingAfter ? 'startingAfter' : 'endingBefore';
  const anchor = cursor ? ((await repo.findAnchor(db, cursor)) ?? null) : null;
  if (cursor && !anchor) throw badRequest('UNKNOWN_CURSOR', 'No interaction with this ID to page from', field);
  const toward = q.endingBefore ? 'prev' : 'next';
  // One row more than the page tells whether another page follows.
  const [rows, total] = await Promise.all([
    repo.listPage(db, set, filter, {
      anchor,
      toward,
      skip: anchor ? 0 : (q.page - 1) * q.pageSize,
      limit: q.pageSize + 1,
    }),
    repo.rollupTotal(db, set, filter),
  ]);
  const page = rows.slice(0, q.pageSize);
  if (toward === 'prev') page.reverse();
  return { items: page.map(toInteractionDto), total, hasMore: rows.length > q.pageSize };
}

export async function getInteraction(db: Db, actor: Actor, id: string) {
  const row = requireInScope(await repo.findInteraction(db, id), true, 'Interaction');
  requirePersonInScope(actor, await placeOf(db, row.agent_id), 'Interaction');
  return toInteractionDto(row);
}

// Agent aliases: the names a telephony system knows an agent by.
export const listAliases = async (db: Db) =>
  (await importRepo.listAliases(db)).map((a) => ({
    alias: a.alias,
    employeeId: a.employee_id,
    employeeNo: a.employee_no,
    employeeName: a.employee_name,
    note: a.note,
    createdAt: a.created_at,
  }));

export async function addAlias(db: Db, actor: Actor, input: z.infer<typeof AliasCreate>) {
  const alias = input.alias.toLowerCase();
  const emp = input.employeeId
    ? await db
        .selectFrom('employees')
        .select(['id', 'employee_no'])
        .where('id', '=', input.employeeId)
        .executeTakeFirst()
    : await db
        .selectFrom('employees')
        .select(['id', 'employee_no'])
        .where('employee_no', '=', input.employeeNo!)
        .executeTakeFirst();
  if (!emp) throw ruleBroken('UNKNOWN_EMPLOYEE', 'No such employee', input.employeeId ? 'employeeId' : 'employeeNo');
  const clash = await db.selectFrom('employees').select('id').where('employee_no', '=', input.alias).executeTakeFirst();
  if (clash && clash.id !== emp.id)
    throw conflict('ALIAS_IS_EMPLOYEE_NO', 'This alias is another employee’s number', 'alias');
  try {
    await db.transaction().execute(async (trx) => {
      await importRepo.insertAlias(trx, {
        alias,
        employee_id: emp.id,
        note: input.note ?? null,
        created_at: nowIso(),
        created_by: actor.userId,
      });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'interaction_agent_alias',
        entityId: alias,
        newValue: { employeeId: emp.id, employeeNo: emp.employee_no },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('DUPLICATE_ALIAS', 'This alias is already in use', 'alias');
    throw err;
  }
  return { alias };
}

export async function removeAlias(db: Db, actor: Actor, alias: string) {
  const key = alias.toLowerCase();
  const before = await importRepo.findAlias(db, key);
  if (!before) throw notFound('Alias');
  await db.transaction().execute(async (trx) => {
    await importRepo.deleteAlias(trx, key);
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'interaction_agent_alias',
      entityId: key,
      oldValue: { employeeId: before.employee_id },
    });
  });
}

// Saved column mappings for CSVs of other systems.
export const listMappings = async (db: Db) =>
  (await importRepo.listMappings(db)).map((m) => ({
    name: m.name,
    description: m.description,
    mapping: JSON.parse(m.mapping),
    updatedAt: m.updated_at,
  }));

export async function saveMapping(db: Db, actor: Actor, input: z.infer<typeof MappingSave>) {
  const m = input.mapping;
  if (!m.hasHeader && Object.values(m.columns).some((v) => typeof v !== 'number')) {
    throw badRequest(
      'MAPPING_NEEDS_NUMBERS',
      'Without a header row, map each field to a column number (1, 2, …)',
      'mapping.columns',
    );
  }
  const before = await importRepo.findMapping(db, input.name);
  await db.transaction().execute(async (trx) => {
    await importRepo.upsertMapping(trx, {
      name: input.name,
      description: input.description ?? null,
      mapping: JSON.stringify(m),
      at: nowIso(),
      by: actor.userId,
    });
    await recordAudit(trx, actor, {
      action: before ? 'update' : 'create',
      entity: 'interaction_mapping',
      entityId: input.name,
      oldValue: before ? JSON.parse(before.mapping) : undefined,
      newValue: m,
    });
  });
  return { name: input.name, created: !before };
}

export async function removeMapping(db: Db, actor: Actor, name: string) {
  const before = await importRepo.findMapping(db, name);
  if (!before) throw notFound('Mapping');
  await db.transaction().execute(async (trx) => {
    await importRepo.deleteMapping(trx, name);
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'interaction_mapping',
      entityId: name,
      oldValue: JSON.parse(before.mapping),
    });
  });
}

/** For the quality module's weekly sampling draw: one center-local day's handled interactions. */
export const samplingCandidates = (db: Db, day: string) => repo.samplingCandidates(db, day);
