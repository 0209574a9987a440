import type { Db } from '../../../db/connect.js';
import { centerOffset } from '../../../lib/center-time.js';
import { centerToday, nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { notify } from '../../../lib/notify.js';
import { employeesHolding, namesOf } from '../../people/identity.service.js';

// SPEC §7: every problem met in a shadowing day is closed that day. The daily log already shows a
// problem carried over; this flags it: on any later day (the sweep runs from the next morning, see
// mentorship/index.ts) a problem still open, or closed after its day, is flagged once — a training
// warning (kind mentoring_problem_open, GET /api/training/warnings) for the mentor and every
// training manager, and an in-app notice to the same people. The flag row is written first in
// the same transaction, so two servers sweeping at once, or a second sweep, send nothing again.

export const PROBLEM_OPEN_KIND = 'mentoring_problem_open';

/** Problems met before `today` and not closed on their own day, not flagged yet (oldest first). */
const unflagged = (db: Db, today: string, limit: number) =>
  db
    .selectFrom('training_mentor_problems as p')
    .innerJoin('training_mentor_assignments as a', 'a.id', 'p.assignment_id')
    .leftJoin('mentor_problem_flags as f', 'f.problem_id', 'p.id')
    .select(['p.id', 'p.work_date', 'p.description', 'p.trainee_id', 'p.assignment_id', 'a.mentor_id'])
    .where('f.problem_id', 'is', null)
    .where('p.work_date', '<', today)
    .where((eb) => eb.or([eb('p.closed_on', 'is', null), eb('p.closed_on', '>', eb.ref('p.work_date'))]))
    .orderBy('p.work_date')
    .orderBy('p.id')
    .limit(limit)
    .execute();

/** Flags the problems not closed on their day; how many were flagged. */
export async function flagOpenProblems(db: Db): Promise<number> {
  const today = centerToday(await centerOffset(db));
  const rows = await unflagged(db, today, 500);
  if (!rows.length) return 0;
  const managers = (await employeesHolding(db, ['training_manager'])).map((m) => m.employeeId);
  const names = await namesOf(
    db,
    rows.map((r) => r.trainee_id),
  );
  let flagged = 0;
  for (const p of rows) {
    const at = nowIso();
    const recipients = [...new Set([p.mentor_id, ...managers])].filter((id) => id !== p.trainee_id);
    const traineeName = names.get(p.trainee_id) ?? '';
    const data = {
      problemId: p.id,
      assignmentId: p.assignment_id,
      traineeId: p.trainee_id,
      traineeName,
      date: p.work_date,
      description: p.description,
    };
    flagged += await db.transaction().execute(async (trx) => {
      const got = await trx
        .insertInto('mentor_problem_flags')
        .values({ problem_id: p.id, flagged_on: today, flagged_at: at })
        .onConflict((oc) => oc.column('problem_id').doNothing())
        .returning('problem_id')
        .executeTakeFirst();
      if (!got) return 0;
      if (recipients.length)
        await trx
          .insertInto('training_warnings')
          .values(
            recipients.map((recipient) => ({
              id: newId(),
              kind: PROBLEM_OPEN_KIND,
              recipient_employee_id: recipient,
              subject_employee_id: p.trainee_id,
              message: `${traineeName}: a problem met on ${p.work_date} was not closed that day: ${p.description}`,
              data: JSON.stringify(data),
              created_at: at,
              read_at: null,
            })),
          )
          .execute();
      await notify(trx, {
        employeeIds: recipients,
        kind: PROBLEM_OPEN_KIND,
        params: { name: traineeName, date: p.work_date },
        link: '/training/mentoring',
      });
      return 1;
    });
  }
  return flagged;
}
