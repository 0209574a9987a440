import type { z } from 'zod';
import type { DisciplineDecisionInput, DisciplineResponseInput } from '../../../common/discipline.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { nowIso } from '../../lib/clock.js';
import { conflict, forbidden } from '../../lib/errors.js';
import { notify, settleNotices, userIdsWithRoles } from '../../lib/notify.js';
import { isSubject } from './discipline.access.js';
import * as repo from './discipline.repo.js';
import { link, visibleRecord } from './discipline.service.js';

// After a record is made: the person replies or appeals, once; HR confirms or withdraws it, with
// the reason. An appeal puts a confirmed record back before HR (it does not count meanwhile);
// HR's answer to an appeal is final. Each step is dated, signed, audited and announced to the
// people it concerns, in one transaction with the change, at the version the record was read at.

export async function respond(db: Db, actor: Actor, id: string, input: z.output<typeof DisciplineResponseInput>) {
  const r = await visibleRecord(db, actor, id);
  if (!isSubject(actor, r)) throw forbidden('Only the person the record is about replies to it or appeals');
  if (r.response_kind)
    throw conflict(
      'ALREADY_RESPONDED',
      `You have already ${r.response_kind === 'appeal' ? 'appealed' : 'replied'}; one reply or appeal per record`,
    );
  if (r.status === 'withdrawn') throw conflict('RECORD_WITHDRAWN', 'HR has withdrawn this record');
  const at = nowIso();
  const appeal = input.kind === 'appeal';
  const status = appeal ? 'appealed' : r.status;
  await db.transaction().execute(async (trx) => {
    await repo.updateAtVersion(trx, r.id, r.version, {
      response_kind: input.kind,
      response_text: input.text,
      responded_at: at,
      status,
    });
    await repo.insertEvent(trx, r.id, input.kind, actor, { from: r.status, to: status }, at);
    await recordAudit(trx, actor, {
      action: appeal ? 'status_change' : 'update',
      entity: 'discipline_record',
      entityId: r.id,
      oldValue: { status: r.status },
      newValue: { status, response: input.kind },
      reason: input.text,
    });
    const userIds = [...(await userIdsWithRoles(trx, ['hr'])), r.recorded_by];
    await notify(trx, {
      userIds,
      kind: appeal ? 'discipline_appealed' : 'discipline_replied',
      params: { name: r.employee_name, occurredOn: r.occurred_on },
      link: link(r.id),
      exceptUserIds: [actor.userId],
    });
  });
}

export async function decide(db: Db, actor: Actor, id: string, input: z.output<typeof DisciplineDecisionInput>) {
  const r = await visibleRecord(db, actor, id);
  if (isSubject(actor, r)) throw forbidden('A decision on a record about yourself is taken by someone else');
  if (r.status !== 'pending' && r.status !== 'appealed')
    throw conflict('ALREADY_DECIDED', `HR has decided this record (${r.status})`);
  const at = nowIso();
  const status = input.decision === 'confirm' ? 'confirmed' : 'withdrawn';
  await db.transaction().execute(async (trx) => {
    await repo.updateAtVersion(trx, r.id, r.version, {
      status,
      decision: input.decision,
      decision_reason: input.reason,
      decided_by: actor.userId,
      decided_by_name: actor.name,
      decided_at: at,
    });
    await repo.insertEvent(trx, r.id, status, actor, { from: r.status, onAppeal: r.status === 'appealed' ? 1 : 0 }, at);
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'discipline_record',
      entityId: r.id,
      oldValue: { status: r.status },
      newValue: { status },
      reason: input.reason,
    });
    // HR's decision was the work the record's notices asked for (the home page's item too).
    await settleNotices(trx, [link(r.id)]);
    await notify(trx, {
      userIds: [r.recorded_by],
      employeeIds: [r.employee_id],
      kind: `discipline_${status}`,
      params: { name: r.employee_name, occurredOn: r.occurred_on },
      link: link(r.id),
      exceptUserIds: [actor.userId],
    });
  });
}
