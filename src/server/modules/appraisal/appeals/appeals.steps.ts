import type { z } from 'zod';
import type { KpiCodeName } from '../../../../common/appraisal-plans.js';
import type { AppealDecisionInput, AppealReviewInput } from '../../../../common/appraisal-results.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, forbidden, ruleBroken } from '../../../lib/errors.js';
import { notify, settleNotices, userIdsWithRoles } from '../../../lib/notify.js';
import { employeesHolding, teamLeads, teamsOf } from '../../people/identity.service.js';
import { setItemValue } from '../sheets/sheets.service.js';
import { isSettled, requireCycle } from '../distribution/cycle-context.js';
import { fixGrades } from '../distribution/distribution.service.js';
import * as repo from './appeals.repo.js';
import { appealDetail, link, visibleAppeal } from './appeals.service.js';
import { isAppellant } from './appeals.view.js';

// After an appeal is filed: the team lead reviews it (a comment and a recommendation), then HR or
// the center manager decides in writing. Upheld: the item takes the corrected value through the
// sheets' setItemValue (which recomputes the sheet and audits old and new values) and, when the
// cycle is already final, the grades are fixed again; rejected: the value stands. A decision is
// refused once the cycle is published (its results have been paid on). Each step is dated, signed,
// audited and announced, in one transaction with the change, at the version the appeal was read at.

/** HR everywhere, and the center managers of the appeal's department. */
async function deciders(db: Db, departmentId: string) {
  const managers = await employeesHolding(db, ['center_manager']);
  const teams = await teamsOf(
    db,
    managers.map((m) => m.teamId),
  );
  return [
    ...(await userIdsWithRoles(db, ['hr'])),
    ...managers.filter((m) => teams.get(m.teamId)?.departmentId === departmentId).map((m) => m.userId),
  ];
}

export async function review(db: Db, actor: Actor, id: string, input: z.output<typeof AppealReviewInput>) {
  const a = await visibleAppeal(db, actor, id);
  if (isAppellant(actor, a)) throw forbidden('An appeal is reviewed by someone other than the appellant');
  if (a.status !== 'open')
    throw conflict(
      a.status === 'reviewed' ? 'APPEAL_ALREADY_REVIEWED' : 'APPEAL_ALREADY_DECIDED',
      `The appeal has been ${a.status}`,
    );
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await repo.updateAtVersion(trx, a.id, a.version, {
      status: 'reviewed',
      review_recommendation: input.recommendation,
      review_comment: input.comment,
      reviewed_by: actor.userId,
      reviewed_by_name: actor.name,
      reviewed_at: at,
    });
    await repo.insertEvent(trx, a.id, 'reviewed', actor, { recommendation: input.recommendation }, at);
    await settleNotices(trx, [link(a.id)]); // the lead's review is done; the deciders are told next
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'appraisal_appeal',
      entityId: a.id,
      oldValue: { status: a.status },
      newValue: { status: 'reviewed', recommendation: input.recommendation },
      reason: input.comment,
    });
    const params = { kpi: a.kpi_code, recommendation: input.recommendation };
    await notify(trx, {
      userIds: await deciders(trx, a.department_id),
      kind: 'appraisal_appeal_to_decide',
      params,
      link: link(a.id),
      exceptUserIds: [actor.userId],
    });
    await notify(trx, {
      employeeIds: [a.employee_id],
      kind: 'appraisal_appeal_reviewed',
      params,
      link: link(a.id),
      exceptUserIds: [actor.userId],
    });
  });
  return appealDetail(db, actor, a.id);
}

export async function decide(db: Db, actor: Actor, id: string, input: z.output<typeof AppealDecisionInput>) {
  const a = await visibleAppeal(db, actor, id);
  if (isAppellant(actor, a)) throw forbidden('An appeal is decided by someone other than the appellant');
  if (a.status === 'open') throw conflict('APPEAL_NOT_REVIEWED', 'The team lead has not reviewed the appeal yet');
  if (a.status !== 'reviewed') throw conflict('APPEAL_ALREADY_DECIDED', `The appeal has been ${a.status}`);
  const cycle = await requireCycle(db, a.cycle_id);
  if (cycle.status === 'published')
    throw ruleBroken('APPEAL_CYCLE_CLOSED', 'The cycle is published: its results are no longer changed');
  const upheld = input.decision === 'upheld';
  const corrected = input.correctedValue ?? null;
  if (upheld && corrected === null)
    throw ruleBroken('APPEAL_VALUE_REQUIRED', 'An upheld appeal gives the corrected value', 'correctedValue');

  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const before = await repo.sheetWithItem(trx, a.sheet_id, a.kpi_code);
    let after = before;
    if (upheld) {
      await setItemValue(trx, actor, a.sheet_id, a.kpi_code as KpiCodeName, corrected, input.reason, {
        kind: 'appeal',
        appealId: a.id,
        byName: actor.name,
        at,
      });
      after = await repo.sheetWithItem(trx, a.sheet_id, a.kpi_code);
      if (isSettled(cycle.status)) await fixGrades(trx, cycle);
    }
    await repo.updateAtVersion(trx, a.id, a.version, {
      status: input.decision,
      decision: input.decision,
      decision_reason: input.reason,
      corrected_value: upheld ? corrected : null,
      old_total: before?.total ?? null,
      new_total: after?.total ?? null,
      old_grade: before?.grade ?? null,
      new_grade: after?.grade ?? null,
      decided_by: actor.userId,
      decided_by_name: actor.name,
      decided_at: at,
    });
    await repo.insertEvent(
      trx,
      a.id,
      input.decision,
      actor,
      upheld
        ? {
            from: before?.item_value ?? null,
            to: corrected,
            oldGrade: before?.grade ?? null,
            newGrade: after?.grade ?? null,
          }
        : {},
      at,
    );
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'appraisal_appeal',
      entityId: a.id,
      oldValue: {
        status: a.status,
        value: before?.item_value ?? null,
        total: before?.total ?? null,
        grade: before?.grade ?? null,
      },
      newValue: {
        status: input.decision,
        value: after?.item_value ?? null,
        total: after?.total ?? null,
        grade: after?.grade ?? null,
      },
      reason: input.reason,
    });
    await settleNotices(trx, [link(a.id)]); // decided: the deciders' notices are done
    await notify(trx, {
      employeeIds: [a.employee_id],
      userIds: (await teamLeads(trx, [a.team_id])).map((l) => l.userId),
      kind: `appraisal_appeal_${input.decision}`,
      params: { kpi: a.kpi_code, grade: after?.grade ?? '' },
      link: link(a.id),
      exceptUserIds: [actor.userId],
    });
  });
  return appealDetail(db, actor, a.id);
}
