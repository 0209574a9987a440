import type { Db } from '../db/connect.js';
import { getCalendar, workingByRecord } from '../lib/calendar.js';
import { addDays, dayRange, nowIso } from '../lib/clock.js';
import { centerOffset, todayInCenter } from '../lib/center-time.js';
import * as cases from '../modules/elimination/cases.service.js';
import * as steps from '../modules/elimination/steps.service.js';
import { DEMO_CASE_TRAINEE_NO } from './evaluation.js';
import { demoActor } from './demo-actor.js';

// Demo elimination case (issue 5), on top of the evaluation demo: the trainee who failed both
// quizzes (criterion 1) is on the preliminary list, interviewed, and in the public notice —
// published on the last working day on or before today, so it is still open and appeals are
// possible. Run by the server's first start and by `seed-demo`, never by the test harness.

/** The last working day on or before `day` (a notice starts on a working day); in a year the
 *  calendar lacks, the last weekday, as a provisional count has it. */
async function lastWorkingDay(db: Db, day: string) {
  const cal = await getCalendar(db);
  let d = day;
  for (let i = 0; i < 30 && !workingByRecord(cal, d); i++) d = addDays(d, -1);
  return d;
}

/** Returns the case id, or null when there was nothing to do (already loaded, or no such trainee). */
export async function seedEliminationDemo(db: Db): Promise<string | null> {
  if (await db.selectFrom('elimination_cases').select('id').executeTakeFirst()) return null;
  const person = await db
    .selectFrom('employees')
    .select(['id', 'status'])
    .where('employee_no', '=', DEMO_CASE_TRAINEE_NO)
    .executeTakeFirst();
  if (!person || person.status !== 'trainee') return null;
  const training = await demoActor(db, 'training');
  const id = await cases.openCase(db, training, {
    employeeId: person.id,
    criterion: 'theory_fails',
    summary:
      '理论考核连续两次低于 60 分（两次随堂测验），经辅导仍未达到要求，依据《新人培训淘汰制度》第一条列入初步名单。',
    evidenceText: null,
  });
  const today = await todayInCenter(db);
  const publishedOn = await lastWorkingDay(db, today);
  // The interview took place on the morning the notice went up (or just now, if that is earlier).
  const morning = Date.parse(dayRange(publishedOn, publishedOn, await centerOffset(db)).start) + 9 * 3600_000;
  const heldAt = new Date(Math.min(morning, Date.parse(nowIso()) - 60_000)).toISOString();
  await steps.recordInterview(db, training, id, {
    heldAt,
    present: ['培训负责人', '培训讲师'],
    reasonsExplained: true,
    traineeStatement: '我知道两次测验都没有及格，主要是业务知识记不住，希望能再给我一次补考机会。',
    notes: '已告知申诉渠道与公示期限。',
  });
  await steps.publishNotice(db, training, id, {
    publishedOn,
    backdateReason: publishedOn < today ? '公示已于该工作日在培训教室公告栏张贴，演示数据补录' : null,
  });
  return id;
}
