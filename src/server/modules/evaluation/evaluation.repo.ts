import type { Insertable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { EvaluationCertificationTable } from '../../db/schema-evaluation.js';

// Kysely queries for the evaluation module's own table: certifications. Who a person is comes
// from the people module's identity read-model; the criteria read other modules' services.

export const certificationsOf = (db: Db, employeeId: string) =>
  db
    .selectFrom('evaluation_certifications')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const insertCertification = (db: Db, row: Insertable<EvaluationCertificationTable>) =>
  db.insertInto('evaluation_certifications').values(row).execute();
