import type { Db } from '../../db/connect.js';
import { getCalendar, workingByRecord } from '../../lib/calendar.js';
import { addDays, dayRange } from '../../lib/clock.js';
import { centerOffset, todayInCenter } from '../../lib/center-time.js';
import * as cases from '../../modules/elimination/cases.service.js';
import * as steps from '../../modules/elimination/steps.service.js';
import { createRecord } from '../../modules/discipline/discipline.service.js';
import { demoActor } from '../demo-actor.js';

// Work waiting for the demo users on the home page (issue 26), this area's part, on top of the
// elimination demo (one case in its notice): the training manager has a trainee on the
// preliminary list to interview; HR has a case whose notice ended days ago (its decision is
// late) and a team lead's new discipline record to confirm or withdraw. The administrator's
// calendar warning needs no rows (next year is missing from the seeded calendar). Built through
// the services, as a person would; loaded once.

const SUMMARY = '多次与同组学员发生冲突，影响团队协作，经辅导未改善，依据《新人培训淘汰制度》第七条列入初步名单。';

async function workingDaysBack(db: Db, from: string, n: number) {
  const cal = await getCalendar(db);
  let d = from;
  for (let counted = 0; counted < n;) {
    d = addDays(d, -1);
    if (workingByRecord(cal, d)) counted += 1;
  }
  return d;
}

export async function seedHomePeopleDemo(db: Db): Promise<void> {
  if (await db.selectFrom('elimination_cases').select('id').where('criterion', '=', 'teamwork').executeTakeFirst())
    return;
  const open = (await db.selectFrom('elimination_cases').select('employee_id').execute()).map((r) => r.employee_id);
  let free = db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .leftJoin('users as u', 'u.employee_id', 'e.id')
    .select('e.id')
    .where('t.code', '=', 'TRN-NH')
    .where('e.status', '=', 'trainee')
    .where('u.id', 'is', null) // not a demo account: their own pages stay as the other demos left them
    .orderBy('e.employee_no', 'desc')
    .limit(2);
  if (open.length) free = free.where('e.id', 'not in', open);
  const people = await free.execute();
  if (people.length < 2) return;
  const [training, lead] = await Promise.all([demoActor(db, 'training'), demoActor(db, 'teamlead')]);
  const today = await todayInCenter(db);
  const evidenceText = '培训班 3 名学员与组长的书面反映，及两次小组演练中拒绝配合的记录';

  // On the list, the interview not yet held: the training manager's to do.
  await cases.openCase(db, training, {
    employeeId: people[0].id,
    criterion: 'teamwork',
    summary: SUMMARY,
    evidenceText,
  });

  // Interviewed, and a notice published long enough ago to have ended: HR's decision is late.
  const late = await cases.openCase(db, training, {
    employeeId: people[1].id,
    criterion: 'teamwork',
    summary: SUMMARY,
    evidenceText,
  });
  const days = 3 + 2; // the notice (elimination.noticeWorkingDays default) and two working days past its end
  const publishedOn = await workingDaysBack(db, today, days);
  const heldAt = new Date(Date.parse(dayRange(publishedOn, publishedOn, await centerOffset(db)).start) + 9 * 3600_000);
  await steps.recordInterview(db, training, late, {
    heldAt: heldAt.toISOString(),
    present: ['培训负责人', '班组长'],
    reasonsExplained: true,
    traineeStatement: '我承认和同事有矛盾，但我觉得不全是我的问题。',
    notes: null,
  });
  await steps.publishNotice(db, training, late, { publishedOn, backdateReason: '公示已在公告栏张贴，演示数据补录' });

  // A team lead's record of an agent's lateness, waiting on HR.
  const agent = await demoActor(db, 'agent');
  await createRecord(db, lead, {
    employeeId: agent.employeeId!,
    kind: 'lateness',
    occurredOn: await workingDaysBack(db, today, 1),
    description: '早班迟到 25 分钟，未提前报备',
    evidenceText: '班组长考勤巡查记录，打卡机记录 08:55',
  });
}
