import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { TrainingSurveyRecipientTable, TrainingSurveyTable } from '../../../db/schema-training.js';

// Kysely queries for training-needs surveys and their recipients (needs.service.ts holds the rules).

export const insertSurvey = (db: Db, row: Insertable<TrainingSurveyTable>) =>
  db.insertInto('training_surveys').values(row).execute();

/** Adds recipients, 500 rows a statement. */
export async function insertRecipients(db: Db, rows: Insertable<TrainingSurveyRecipientTable>[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('training_survey_recipients')
      .values(rows.slice(i, i + 500))
      .execute();
}

export const findSurvey = (db: Db, id: string) =>
  db.selectFrom('training_surveys').selectAll().where('id', '=', id).executeTakeFirst();

export const surveysNewestFirst = (db: Db) =>
  db.selectFrom('training_surveys').selectAll().orderBy('created_at', 'desc').execute();

/** Recipients and answers per survey and kind of respondent. */
export const recipientCounts = (db: Db, surveyIds: string[]) =>
  db
    .selectFrom('training_survey_recipients')
    .select((eb) => [
      'survey_id',
      'respondent_kind',
      eb.fn.countAll<number>().as('n'),
      eb.fn.count<number>('answered_at').as('answered'),
    ])
    .where('survey_id', 'in', surveyIds)
    .groupBy(['survey_id', 'respondent_kind'])
    .execute();

/** The plans built on these surveys. */
export const plansFromSurveys = (db: Db, surveyIds: string[]) =>
  db.selectFrom('training_plans').select(['id', 'needs_survey_id']).where('needs_survey_id', 'in', surveyIds).execute();

/** The surveys a person received, with their answers, newest first. */
export const surveysOf = (db: Db, employeeId: string) =>
  db
    .selectFrom('training_survey_recipients as r')
    .innerJoin('training_surveys as s', 's.id', 'r.survey_id')
    .selectAll('s')
    .select(['r.respondent_kind', 'r.answers', 'r.answered_at'])
    .where('r.employee_id', '=', employeeId)
    .orderBy('s.created_at', 'desc')
    .execute();

export const recipientOf = (db: Db, surveyId: string, employeeId: string) =>
  db
    .selectFrom('training_survey_recipients')
    .select('respondent_kind')
    .where('survey_id', '=', surveyId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();

export const saveAnswers = (db: Db, surveyId: string, employeeId: string, answers: string, at: string) =>
  db
    .updateTable('training_survey_recipients')
    .set({ answers, answered_at: at })
    .where('survey_id', '=', surveyId)
    .where('employee_id', '=', employeeId)
    .execute();

export const closeSurvey = (db: Db, id: string, version: number, at: string) =>
  db.updateTable('training_surveys').set({ status: 'closed', version, updated_at: at }).where('id', '=', id).execute();

/** Who answered a survey (individual or supervisor) and what, for the summary. */
export const answersOfSurvey = (db: Db, surveyId: string) =>
  db
    .selectFrom('training_survey_recipients')
    .select(['respondent_kind', 'answers'])
    .where('survey_id', '=', surveyId)
    .where('answered_at', 'is not', null)
    .execute();
