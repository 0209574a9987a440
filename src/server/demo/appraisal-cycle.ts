import type { Db } from '../db/connect.js';
import type { Actor } from '../lib/actor.js';
import { todayInCenter } from '../lib/center-time.js';
import { addMonths } from '../lib/clock.js';
import { fileAppeal } from '../modules/appraisal/appeals/appeals.service.js';
import { loadPlanVersion } from '../modules/appraisal/cycles/plan-source.js';
import { createCycle } from '../modules/appraisal/cycles/cycles.service.js';
import { advance } from '../modules/appraisal/cycles/cycles.steps.js';
import { putExternal } from '../modules/appraisal/inputs/external.service.js';
import { comment, enterManual } from '../modules/appraisal/sheets/sheets.review.js';
import { mulberry32 } from './names.js';
import { demoActor } from './demo-actor.js';

// The demo's appraisal cycle (issue 18), so the cycle pages open on something: last month (by the
// one clock) on the demo plan, built through the services so every rule applies — HR enters the
// outbound teams' sales and freezes the data; the demo team lead (`teamlead`) marks the lead
// assessment of most of their team at review; the cycle waits in the agents' confirmation step,
// and the demo agent (`agent`) has appealed the lead's mark. Called by seedAppraisalDemo right
// after it publishes the plan, so a second run (the plan is there) never gets here.

const OUTBOUND = ['OUT-1', 'OUT-2'];
const LEAD_COMMENTS = [
  '服务规范，主动跟进回访。',
  '业务熟练，偶有交接班记录缺失。',
  '积极参与班组培训，通话效率有待提高。',
];
export const DEMO_APPEAL_REASON =
  '本月交接班记录均已按要求填写在班组共享表中（含月中两次补录），班组长评价扣分与实际不符，请核对。';

const sheetsOf = (db: Db, cycleId: string) =>
  db
    .selectFrom('appraisal_sheets as s')
    .innerJoin('employees as e', 'e.id', 's.employee_id')
    .innerJoin('teams as t', 't.id', 's.team_id')
    .select(['s.id', 's.employee_id', 's.version', 's.position_type', 'e.employee_no', 't.code as team'])
    .where('s.cycle_id', '=', cycleId)
    .orderBy('e.employee_no')
    .execute();

async function step(db: Db, hr: Actor, id: string, to: 'frozen' | 'review' | 'confirmation', note: string) {
  const { version } = await db
    .selectFrom('appraisal_cycles')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await advance(db, hr, id, { to, version: Number(version), note });
}

/** Opens last month's cycle on the demo plan and runs it to confirmation; returns its id. */
export async function seedAppraisalCycleDemo(db: Db, planVersionId: string): Promise<string> {
  const rand = mulberry32(20261218);
  const [hr, lead, agent] = await Promise.all([demoActor(db, 'hr'), demoActor(db, 'teamlead'), demoActor(db, 'agent')]);
  const periodStart = addMonths(`${(await todayInCenter(db)).slice(0, 7)}-01`, -1);
  const cycle = await createCycle(db, hr, { planVersionId, periodStart });

  // Sales of the outbound agents, in yuan, around the plan's target.
  const sheets = await sheetsOf(db, cycle.id);
  const sales = sheets
    .filter((s) => OUTBOUND.includes(s.team) && s.position_type === 'outbound')
    .map((s) => ({ employeeNo: s.employee_no, value: Math.round(45_000 + rand() * 80_000) }));
  if (sales.length) await putExternal(db, hr, cycle.id, { code: 'sales', rows: sales });

  await step(db, hr, cycle.id, 'frozen', '数据冻结：上月数据已核对');
  await step(db, hr, cycle.id, 'review', '请各班组长完成班组长评价');

  // The lead marks their team (out of the plan's cap) but for one agent, left for the lead to finish.
  const plan = (await loadPlanVersion(db, planVersionId))!.content;
  const rule = plan.kpiSets.inbound?.find((k) => k.code === 'lead_assessment')?.rule;
  const max = rule?.kind === 'manual' ? rule.max : 10;
  const team = (await sheetsOf(db, cycle.id)).filter((s) => s.team === 'CS1-1' && s.employee_id !== lead.employeeId);
  const left = team.filter((s) => s.employee_id !== agent.employeeId).at(-1);
  for (const [i, s] of team.filter((x) => x !== left).entries()) {
    const isAgent = s.employee_id === agent.employeeId;
    await enterManual(db, lead, s.id, 'lead_assessment', {
      value: Math.round(max * (isAgent ? 0.6 : 0.7 + rand() * 0.3)),
      comment: isAgent ? '交接班记录多次缺失。' : undefined,
      version: Number(s.version),
    });
    const { version } = await db
      .selectFrom('appraisal_sheets')
      .select('version')
      .where('id', '=', s.id)
      .executeTakeFirstOrThrow();
    await comment(db, lead, s.id, { comment: LEAD_COMMENTS[i % LEAD_COMMENTS.length]!, version: Number(version) });
  }
  await step(db, hr, cycle.id, 'confirmation', '请确认本人绩效考核表，如有异议请在申诉期内提出');

  const own = sheets.find((s) => s.employee_id === agent.employeeId);
  if (own)
    await fileAppeal(db, agent, {
      sheetId: own.id,
      kpiCode: 'lead_assessment',
      reason: DEMO_APPEAL_REASON,
      claimedValue: Math.round(max * 0.9),
    });
  return cycle.id;
}
