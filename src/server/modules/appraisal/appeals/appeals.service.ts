import type { z } from 'zod';
import type { AppealInput, AppealListQuery } from '../../../../common/appraisal-results.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import { inPeopleScope, peopleScope, requireInScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { workingDeadlineFrom } from '../../../lib/calendar.js';
import { centerOffset, todayInCenter } from '../../../lib/center-time.js';
import { localDate, nowIso } from '../../../lib/clock.js';
import { AppError, conflict, forbidden, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify } from '../../../lib/notify.js';
import { teamLeads } from '../../people/identity.service.js';
import { requireCycle, type CycleContext } from '../distribution/cycle-context.js';
import * as repo from './appeals.repo.js';
import { toDetail, toSummaries } from './appeals.view.js';

// Appeals of an appraisal result (SPEC §9 "appeal of the result", issue 18 item 6): an agent
// appeals one KPI item of their own sheet with a reason; their team lead reviews it (comment and a
// recommendation); HR or the center manager decides in writing (appeals.steps.ts).
//
// The window: only while the cycle is in `confirmation` or `appeal`, and until the later of the
// timetable's appeal day and the plan's appealWorkingDays working days after the day the cycle
// entered `confirmation` (so an agent always has those working days from the day they could first
// see their sheet, however late the cycle ran). An agent confirms their sheet or appeals it: a
// confirmed sheet is not appealed. One appeal per item of a sheet: a decision in writing is final
// for that item.

export const link = (id: string) => `/appraisal/appeals?appeal=${id}`;
const APPEALABLE = new Set(['confirmation', 'appeal']);

type Place = { employee_id: string; team_id: string; department_id: string };
const inSight = (actor: Actor, r: Place) =>
  inPeopleScope(peopleScope(actor), { id: r.employee_id, team_id: r.team_id, department_id: r.department_id });

/** The last day appeals may be filed in a cycle, or null before the cycle reached confirmation. */
export async function appealWindowEnd(db: Db, cycle: CycleContext): Promise<string | null> {
  const entered = await repo.enteredStepAt(db, cycle.id, 'confirmation');
  if (!entered) return cycle.timetable.find((t) => t.step === 'appeal')?.dueOn ?? null;
  const counted = await workingDeadlineFrom(
    db,
    localDate(entered, await centerOffset(db)),
    cycle.content.appealWorkingDays,
  );
  const planned = cycle.timetable.find((t) => t.step === 'appeal')?.dueOn;
  return planned && planned > counted.day ? planned : counted.day;
}

export async function fileAppeal(db: Db, actor: Actor, input: z.output<typeof AppealInput>) {
  const sheet = requireInScope(
    await repo.sheetWithItem(db, input.sheetId, input.kpiCode),
    (s) => inSight(actor, s),
    'Appraisal sheet',
  );
  if (actor.employeeId !== sheet.employee_id) throw forbidden('Only the person whose sheet it is appeals it');
  const cycle = await requireCycle(db, sheet.cycle_id);
  const endsOn = await appealWindowEnd(db, cycle);
  const today = await todayInCenter(db);
  if (!APPEALABLE.has(cycle.status) || !endsOn || today > endsOn)
    throw new AppError(
      422,
      'APPEAL_WINDOW_CLOSED',
      endsOn && APPEALABLE.has(cycle.status)
        ? `The appeal window of this cycle ended on ${endsOn}`
        : `Appeals are filed while the cycle is in confirmation or appeal (it is ${cycle.status})`,
      undefined,
      { endsOn: endsOn ?? '', status: cycle.status },
    );
  if (sheet.status === 'confirmed')
    throw ruleBroken('APPEAL_SHEET_CONFIRMED', 'You confirmed this sheet: a confirmed sheet is not appealed');
  if (!sheet.item_id) throw ruleBroken('APPEAL_ITEM_UNKNOWN', `The sheet has no ${input.kpiCode} item`, 'kpiCode');
  if (await repo.appealOfItem(db, sheet.id, input.kpiCode)) throw appealExists();

  const id = newId();
  const at = nowIso();
  try {
    await db.transaction().execute(async (trx) => {
      await repo.insertAppeal(trx, {
        id,
        cycle_id: cycle.id,
        sheet_id: sheet.id,
        employee_id: sheet.employee_id,
        team_id: sheet.team_id,
        kpi_code: input.kpiCode,
        reason: input.reason,
        original_value: sheet.item_value,
        claimed_value: input.claimedValue ?? null,
        status: 'open',
        window_ends_on: endsOn,
        filed_by: actor.userId,
        filed_at: at,
        review_recommendation: null,
        review_comment: null,
        reviewed_by: null,
        reviewed_by_name: null,
        reviewed_at: null,
        decision: null,
        decision_reason: null,
        corrected_value: null,
        old_total: null,
        new_total: null,
        old_grade: null,
        new_grade: null,
        decided_by: null,
        decided_by_name: null,
        decided_at: null,
        version: 1,
        updated_at: at,
      });
      await repo.insertEvent(trx, id, 'filed', actor, { kpi: input.kpiCode, value: sheet.item_value }, at);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'appraisal_appeal',
        entityId: id,
        newValue: { sheetId: sheet.id, kpiCode: input.kpiCode, value: sheet.item_value, claimed: input.claimedValue },
        reason: input.reason,
      });
      await notify(trx, {
        userIds: (await teamLeads(trx, [sheet.team_id])).map((l) => l.userId),
        kind: 'appraisal_appeal_filed',
        params: { name: actor.name, kpi: input.kpiCode, cycle: cycle.name },
        link: link(id),
        exceptUserIds: [actor.userId],
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw appealExists(); // two filed at the same moment
    throw err;
  }
  return appealDetail(db, actor, id);
}

const appealExists = () =>
  conflict('APPEAL_EXISTS', 'This item of the sheet has already been appealed; one appeal per item', 'kpiCode');

export async function listAppeals(db: Db, actor: Actor, q: z.output<typeof AppealListQuery>) {
  const { rows, total } = await repo.listAppeals(db, peopleScope(actor), q);
  return { data: await toSummaries(db, rows), total };
}

/** An appeal the actor may see (the appellant, their lead, their center manager, HR, admin), or 404. */
export const visibleAppeal = async (db: Db, actor: Actor, id: string) =>
  requireInScope(await repo.findAppeal(db, id), (a) => inSight(actor, a), 'Appeal');

export async function appealDetail(db: Db, actor: Actor, id: string) {
  return toDetail(db, actor, await visibleAppeal(db, actor, id));
}

/** Appeals of a cycle still waiting for a review or a decision (A2 may refuse `final` while any are). */
export const openAppealCount = (db: Db, cycleId: string) => repo.undecidedCount(db, cycleId);
