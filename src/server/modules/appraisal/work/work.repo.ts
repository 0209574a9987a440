import type { Db } from '../../../db/connect.js';

// The SQL behind appraisal's home-page work (issue 26): one grouped read per kind of work.

/** Per cycle in review: the team's agent sheets the lead has not reviewed (no comment, no manual entry). */
export const sheetsToReview = (db: Db, teamId: string, notEmployeeId: string | null) =>
  db
    .selectFrom('appraisal_sheets as s')
    .innerJoin('appraisal_cycles as c', 'c.id', 's.cycle_id')
    .select((eb) => ['c.id', 'c.name', 'c.timetable', eb.fn.countAll<number>().as('n')])
    .where('c.status', '=', 'review')
    .where('s.team_id', '=', teamId)
    .where('s.position_type', '!=', 'team_lead')
    .where('s.lead_comment', 'is', null)
    .$if(!!notEmployeeId, (q) => q.where('s.employee_id', '!=', notEmployeeId!))
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('appraisal_manual_entries as m').select('m.id').whereRef('m.sheet_id', '=', 's.id'))),
    )
    .groupBy(['c.id', 'c.name', 'c.timetable'])
    .execute();

/** The person's sheets waiting for their confirmation (cycle in its confirmation step). */
export const sheetsToConfirm = (db: Db, employeeId: string) =>
  db
    .selectFrom('appraisal_sheets as s')
    .innerJoin('appraisal_cycles as c', 'c.id', 's.cycle_id')
    .select(['s.id', 'c.name', 'c.timetable', 's.grade', 's.total'])
    .where('s.employee_id', '=', employeeId)
    .where('c.status', '=', 'confirmation')
    .where('s.confirmed_at', 'is', null)
    .execute();

/** Open appeals of a team, waiting for the lead's review (not the lead's own). */
export const appealsToReview = (db: Db, teamId: string, notEmployeeId: string | null) =>
  db
    .selectFrom('appraisal_appeals')
    .select(['id', 'employee_id', 'kpi_code', 'window_ends_on'])
    .where('status', '=', 'open')
    .where('team_id', '=', teamId)
    .$if(!!notEmployeeId, (q) => q.where('employee_id', '!=', notEmployeeId!))
    .execute();

/** Reviewed appeals waiting for a decision: all (HR) or a department's (center manager). */
export const appealsToDecide = (db: Db, departmentId: string | null, notEmployeeId: string | null) =>
  db
    .selectFrom('appraisal_appeals as a')
    .innerJoin('appraisal_sheets as s', 's.id', 'a.sheet_id')
    .innerJoin('appraisal_cycles as c', 'c.id', 'a.cycle_id')
    .select(['a.id', 'a.employee_id', 'a.kpi_code', 'a.review_recommendation', 'c.timetable'])
    .where('a.status', '=', 'reviewed')
    .$if(!!departmentId, (q) => q.where('s.department_id', '=', departmentId!))
    .$if(!!notEmployeeId, (q) => q.where('a.employee_id', '!=', notEmployeeId!))
    .execute();

/** Open follow-ups the user owns. */
export const followUpsOwned = (db: Db, userId: string) =>
  db
    .selectFrom('appraisal_followups')
    .select(['id', 'employee_id', 'grade', 'due_on'])
    .where('owner_user_id', '=', userId)
    .where('status', '=', 'open')
    .execute();

/** Cycles in their final step (HR publishes them). */
export const cyclesInFinal = (db: Db) =>
  db.selectFrom('appraisal_cycles').select(['id', 'name', 'timetable']).where('status', '=', 'final').execute();
