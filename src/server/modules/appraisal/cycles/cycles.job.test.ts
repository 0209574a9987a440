import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, setClock } from '../../../lib/clock.js';
import { workingDaysBetween } from '../../../lib/calendar.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { auditOf, countRows } from '../../../test/helpers.js';
import { useTempImportDir } from '../../interactions/test-kit.js';
import { importNovemberCalls, novemberCallsCycle } from '../inputs/inputs.testkit.js';
import { okData } from '../plans/plans.testkit.js';
import { runAppraisalJob } from './cycles.job.js';
import { appraisalTeam } from './cycles.testkit.js';

useTempImportDir();

// The recurring job (issue 18 item 2), run as the server's timer runs it, with the clock moved:
// an open cycle's drafts follow the data once a day (audited "data refresh"); each step's reminder
// reaches who has not acted yet when its due day is appraisal.reminderWorkingDays working days
// away, once per step and person. Nothing depends on the day the test runs.

describe.each(DIALECTS)('appraisal job on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let t: Awaited<ReturnType<typeof appraisalTeam>>;
  let cycleId: string;
  const at = (day: string) => setClock(`${day}T02:00:00Z`); // 10:00 in the center (UTC+8)

  beforeAll(async () => {
    at('2026-11-16');
    t = await appraisalTeam(env, 'J');
    cycleId = await novemberCallsCycle(env, t.teamId, '提醒任务方案');
  });
  afterAll(() => setClock());

  const sheetOf = async (employeeId: string) => {
    const hr = await env.as('hr');
    const rows = okData(await hr.get(`/api/appraisal/sheets?cycleId=${cycleId}&employeeId=${employeeId}`)) as any[];
    return okData(await hr.get(`/api/appraisal/sheets/${rows[0].id}`));
  };

  it('refreshes the open cycle’s drafts from new data once a day, audited as a data refresh', async () => {
    await importNovemberCalls(env, t.a1, 'JOB', false);
    const sheetId = (await sheetOf(t.a1)).id;

    // Computed today already: the same day's run leaves the drafts as they are.
    expect((await runAppraisalJob(db())).refreshed).toBe(0);
    expect(await sheetOf(t.a1)).toMatchObject({ total: null });

    at('2026-11-17');
    expect((await runAppraisalJob(db())).refreshed).toBe(1);
    expect(await sheetOf(t.a1)).toMatchObject({ total: 54.77, grade: 'D' });
    const refresh = (await auditOf(db(), 'appraisal_sheet', sheetId)).filter((a) => a.reason === 'data refresh');
    expect(refresh).toHaveLength(1);
    expect(refresh[0]).toMatchObject({ old_value: { total: null }, new_value: { total: 54.77, grade: 'D' } });
    expect((await runAppraisalJob(db())).refreshed).toBe(0); // once a day
  });

  /** The center day `n` working days before `due`. */
  const workingDaysBefore = async (due: string, n: number) => {
    let day = due;
    while ((await workingDaysBetween(db(), day, due)) < n) day = addDays(day, -1);
    return day;
  };
  const remindersOf = (step: string) =>
    db()
      .selectFrom('appraisal_reminders')
      .select('recipient')
      .where('cycle_id', '=', cycleId)
      .where('step', '=', step)
      .execute();
  const userOf = async (employeeId: string) =>
    (await db().selectFrom('users').select('id').where('employee_id', '=', employeeId).executeTakeFirstOrThrow()).id;
  const told = async (employeeId: string, kind: string) =>
    (
      await db()
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', await userOf(employeeId))
        .where('kind', '=', kind)
        .execute()
    ).length;

  it('reminds who has not acted when the step is due in N working days, once per step and person', async () => {
    const hr = await env.as('hr');
    let cycle = okData(await hr.get(`/api/appraisal/cycles/${cycleId}`));
    for (const to of ['frozen', 'review'])
      cycle = okData(await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to, version: cycle.version }));
    const due = (step: string) => cycle.timetable.find((s: any) => s.step === step).dueOn as string;

    // Review: two working days ahead is too early; one working day ahead the lead is told, once.
    expect(await told(t.lead, 'appraisal_cycle_review')).toBe(1); // when the step began
    at(await workingDaysBefore(due('review'), 2));
    expect((await runAppraisalJob(db())).reminded).toBe(0);
    at(await workingDaysBefore(due('review'), 1));
    expect((await runAppraisalJob(db())).reminded).toBe(1);
    expect(await told(t.lead, 'appraisal_cycle_review')).toBe(2);
    expect((await runAppraisalJob(db())).reminded).toBe(0);
    expect(await remindersOf('review')).toEqual([{ recipient: `user:${await userOf(t.lead)}` }]);

    // The setting moves the day: 3 working days ahead, the confirmation reminder goes out at once
    // to those who have not confirmed (甲 has), each person once.
    const admin = await env.as('admin');
    okData(await admin.put('/api/settings/appraisal.reminderWorkingDays', { value: 3, reason: '提前提醒' }));
    cycle = okData(
      await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to: 'confirmation', version: cycle.version }),
    );
    const a1 = await t.sign('a1');
    const sheet = await sheetOf(t.a1);
    okData(await a1.post(`/api/appraisal/sheets/${sheet.id}/confirm`, { version: sheet.version }));
    at(await workingDaysBefore(due('confirmation'), 4));
    expect((await runAppraisalJob(db())).reminded).toBe(0);
    at(await workingDaysBefore(due('confirmation'), 3));
    const before = await countRows(db(), 'notifications');
    expect((await runAppraisalJob(db())).reminded).toBe(2);
    expect(await countRows(db(), 'notifications')).toBe(before + 2);
    expect(await told(t.a1, 'appraisal_cycle_confirmation')).toBe(1); // only when the step began
    expect(await told(t.a2, 'appraisal_cycle_confirmation')).toBe(2);
    expect(await told(t.lead, 'appraisal_cycle_confirmation')).toBe(2);
    at(due('confirmation'));
    expect((await runAppraisalJob(db())).reminded).toBe(0);
    okData(await admin.put('/api/settings/appraisal.reminderWorkingDays', { value: 1, reason: '恢复' }));
  });
});
