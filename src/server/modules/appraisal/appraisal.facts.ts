import type { GradeName } from '../../../common/appraisal-plans.js';
import type { PersonGradeData } from '../../../common/appraisal-results.js';
import type { Db } from '../../db/connect.js';
import { openAppealCount } from './appeals/appeals.service.js';

// What other modules may read of appraisal results: a person's grades per published cycle (the
// employee's record and history; careers count S/A toward reserve-lead eligibility), and whether a
// cycle still has appeals waiting. Grades are the ones fixed at final/published, after the forced
// distribution and any upheld appeal.

export { openAppealCount };

const published = (db: Db, employeeIds: string[]) =>
  db
    .selectFrom('appraisal_grades as g')
    .innerJoin('appraisal_cycles as c', 'c.id', 'g.cycle_id')
    .select([
      'g.employee_id',
      'g.cycle_id',
      'g.total',
      'g.grade',
      'c.name',
      'c.period_start',
      'c.period_end',
      'c.status',
    ])
    .where('g.employee_id', 'in', employeeIds)
    .where('c.status', '=', 'published')
    .orderBy('c.period_start')
    .orderBy('c.id')
    .execute();

const toGrade = (r: Awaited<ReturnType<typeof published>>[number]): PersonGradeData => ({
  cycleId: r.cycle_id,
  cycleName: r.name,
  periodFrom: r.period_start,
  periodTo: r.period_end,
  total: r.total,
  grade: r.grade as GradeName | null,
  status: r.status,
});

/** A person's grades in published cycles, oldest first. */
export async function gradesOf(db: Db, employeeId: string): Promise<PersonGradeData[]> {
  return (await published(db, [employeeId])).map(toGrade);
}

/** Grades in published cycles of several people, oldest first each. */
export async function gradesOfPeople(db: Db, employeeIds: string[]): Promise<Map<string, PersonGradeData[]>> {
  const out = new Map<string, PersonGradeData[]>();
  const ids = [...new Set(employeeIds)];
  for (let i = 0; i < ids.length; i += 1000)
    for (const r of await published(db, ids.slice(i, i + 1000)))
      out.set(r.employee_id, (out.get(r.employee_id) ?? []).concat(toGrade(r)));
  return out;
}

/** How many of the person's last `n` published grades are among `grades` (careers: S/A count). */
export async function countOfGrades(db: Db, employeeId: string, grades: GradeName[], n: number) {
  return (await gradesOf(db, employeeId)).slice(-n).filter((g) => g.grade && grades.includes(g.grade)).length;
}

/** Whether any appraisal cycle has been published yet (the mentor pool waives its appraisal criterion until one has). */
export async function anyPublishedAppraisal(db: Db): Promise<boolean> {
  return !!(await db
    .selectFrom('appraisal_cycles')
    .select('id')
    .where('status', '=', 'published')
    .limit(1)
    .executeTakeFirst());
}
