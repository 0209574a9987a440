import type { Db } from '../../src/server/db/connect.js';
import { insertMany, ts } from '../../src/server/demo/analytics-batch.js';
import { addDays } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import { addWorkingDays, type Org } from './home-org.js';

// The home bench's appraisal: last month's cycle in its review step (a sheet per agent, the
// leads' comments still to write on four in five), appeals open with the leads and reviewed ones
// waiting for the center manager, and improvement follow-ups owned by the leads.

export async function seedAppraisal(db: Db, org: Org) {
  const { rand, today, at, agents, hrUserId } = org;
  const planId = newId();
  const versionId = newId();
  await insertMany(db, 'appraisal_plans', [
    {
      id: planId,
      name: '压测考核方案',
      department_id: null,
      draft_version_id: null,
      published_version_id: versionId,
      revision: 1,
      created_by: hrUserId,
      created_at: at,
      updated_at: at,
    },
  ]);
  await insertMany(db, 'appraisal_plan_versions', [
    {
      id: versionId,
      plan_id: planId,
      number: 1,
      status: 'published',
      content: '{"kpis":[]}',
      created_by: hrUserId,
      created_at: at,
      updated_at: at,
      published_at: at,
      published_by: hrUserId,
    },
  ]);
  const monthStart = `${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
  const timetable = JSON.stringify(
    ['review', 'confirmation', 'final'].map((step, i) => ({
      step,
      dueOn: addWorkingDays(today, i * 3),
      provisionalYear: null,
    })),
  );
  const cycleId = newId();
  await insertMany(db, 'appraisal_cycles', [
    {
      id: cycleId,
      name: `${monthStart.slice(0, 7)} 月度考核`,
      plan_id: planId,
      plan_version_id: versionId,
      kind: 'monthly',
      period_start: monthStart,
      period_end: addDays(`${today.slice(0, 7)}-01`, -1),
      status: 'review',
      timetable,
      created_by: hrUserId,
      created_at: at,
      frozen_at: null,
      computed_at: at,
      version: 1,
      updated_at: at,
    },
  ]);
  const sheets = [];
  const appeals = [];
  const followups = [];
  for (const [i, a] of agents.entries()) {
    if (a.status === 'trainee') continue;
    const sheetId = newId();
    const total = Math.round(70 + rand() * 30);
    const grade = total >= 90 ? 'A' : total >= 80 ? 'B' : total >= 75 ? 'C' : 'D';
    const commented = rand() < 0.2;
    sheets.push({
      id: sheetId,
      cycle_id: cycleId,
      employee_id: a.id,
      team_id: a.teamId,
      department_id: a.deptId,
      position_type: 'agent',
      status: 'draft',
      total,
      grade,
      lead_comment: commented ? '表现稳定' : null,
      lead_comment_by: commented ? a.leadUserId : null,
      confirmed_at: null,
      confirmed_by: null,
      computed_at: at,
      frozen_at: null,
      version: 1,
      updated_at: at,
    });
    if (i % 40 === 5 || i % 40 === 25) {
      const reviewed = i % 40 === 25;
      appeals.push({
        id: newId(),
        cycle_id: cycleId,
        sheet_id: sheetId,
        employee_id: a.id,
        team_id: a.teamId,
        kpi_code: 'qa_score',
        reason: '质检分数有误',
        original_value: 78,
        claimed_value: 84,
        status: reviewed ? 'reviewed' : 'open',
        window_ends_on: addWorkingDays(today, 2),
        filed_by: a.userId,
        filed_at: ts(addDays(today, -1), '10:00'),
        review_recommendation: reviewed ? 'uphold' : null,
        review_comment: reviewed ? '属实' : null,
        reviewed_by: reviewed ? a.leadUserId : null,
        reviewed_by_name: reviewed ? '组长' : null,
        reviewed_at: reviewed ? ts(addDays(today, -1), '15:00') : null,
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
    }
    if (grade === 'D' && rand() < 0.5) {
      followups.push({
        id: newId(),
        cycle_id: cycleId,
        employee_id: a.id,
        team_id: a.teamId,
        trigger: 'low_grade',
        grade,
        previous_cycle_id: null,
        weakest_kpi: 'qa_score',
        training_need: '服务规范',
        improvement_plan: '每周陪听两次',
        owner_user_id: a.leadUserId,
        owner_name: '组长',
        due_on: addWorkingDays(today, Math.floor(rand() * 10) - 2),
        status: 'open',
        outcome: null,
        created_at: at,
        closed_at: null,
        version: 1,
        updated_at: at,
      });
    }
  }
  await insertMany(db, 'appraisal_sheets', sheets);
  await insertMany(db, 'appraisal_appeals', appeals);
  await insertMany(db, 'appraisal_followups', followups);
  return { appraisalSheets: sheets.length, appraisalAppeals: appeals.length, appraisalFollowUps: followups.length };
}
