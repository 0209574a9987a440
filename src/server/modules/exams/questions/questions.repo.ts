import type { Db } from '../../../db/connect.js';
import { containsCi, type DialectName } from '../../../db/portable.js';
import type { ExamQuestionTable, ExamQuestionVersionTable } from '../../../db/schema-exams.js';

// Kysely queries of the question bank.
export interface QuestionFilter {
  q?: string;
  type?: string;
  difficulty?: string;
  tag?: string;
  category?: string;
  archived: boolean;
  page: number;
  pageSize: number;
}

export async function listQuestions(db: Db, dialect: DialectName, f: QuestionFilter) {
  let q = db.selectFrom('exam_questions').where('archived', '=', f.archived ? 1 : 0);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.difficulty) q = q.where('difficulty', '=', f.difficulty);
  if (f.q)
    q = q.where((eb) => eb.or([containsCi(dialect, eb.ref('stem'), f.q!), containsCi(dialect, eb.ref('title'), f.q!)]));
  if (f.tag) {
    q = q.where((eb) =>
      eb.or([
        eb('course', '=', f.tag!),
        eb('knowledge_point', '=', f.tag!),
        containsCi(dialect, eb.ref('tags'), JSON.stringify(f.tag)),
      ]),
    );
  }
  if (f.category) {
    // The category and its subtree, in whatever context ($course$, $system$…) it was kept.
    const path = f.category
      .split('/')
      .filter((p) => p && !/^\$\w+\$$/.test(p) && p.toLowerCase() !== 'top')
      .join('/');
    if (path) {
      q = q.where((eb) =>
        eb.or([
          eb('category', '=', path),
          eb('category', 'like', `${path}/%`),
          eb('category', 'like', `$%$/${path}`),
          eb('category', 'like', `$%$/${path}/%`),
        ]),
      );
    }
  }
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const findQuestion = (db: Db, id: string) =>
  db.selectFrom('exam_questions').selectAll().where('id', '=', id).executeTakeFirst();

export const findQuestions = (db: Db, ids: string[]) =>
  ids.length ? db.selectFrom('exam_questions').selectAll().where('id', 'in', ids).execute() : Promise.resolve([]);

/** Live questions that a rule may draw from (type and difficulty in SQL, the tag in JS). */
export function candidates(db: Db, rule: { type?: string; difficulty?: string }) {
  let q = db
    .selectFrom('exam_questions')
    .select([
      'id',
      'current_version_id',
      'points',
      'course',
      'knowledge_point',
      'tags',
      'category',
      'type',
      'difficulty',
    ])
    .where('archived', '=', 0);
  if (rule.type) q = q.where('type', '=', rule.type);
  if (rule.difficulty) q = q.where('difficulty', '=', rule.difficulty);
  return q.orderBy('id').execute();
}

export const versionsOf = (db: Db, questionId: string) =>
  db
    .selectFrom('exam_question_versions')
    .selectAll()
    .where('question_id', '=', questionId)
    .orderBy('version', 'desc')
    .execute();

export const findVersions = (db: Db, ids: string[]) =>
  ids.length
    ? db.selectFrom('exam_question_versions').select(['id', 'question_id', 'body']).where('id', 'in', ids).execute()
    : Promise.resolve([]);

/** Questions with their first versions, a few hundred rows to a statement (an import of a whole bank). */
export async function insertQuestions(db: Db, qs: ExamQuestionTable[], vs: ExamQuestionVersionTable[]) {
  for (let i = 0; i < qs.length; i += 200) {
    await db
      .insertInto('exam_questions')
      .values(qs.slice(i, i + 200))
      .execute();
    await db
      .insertInto('exam_question_versions')
      .values(vs.slice(i, i + 200))
      .execute();
  }
}

export async function updateQuestion(
  db: Db,
  id: string,
  fromVersion: number,
  patch: Partial<ExamQuestionTable>,
  v?: ExamQuestionVersionTable,
) {
  const res = await db
    .updateTable('exam_questions')
    .set(patch)
    .where('id', '=', id)
    .where('version', '=', fromVersion)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return false;
  if (v) await db.insertInto('exam_question_versions').values(v).execute();
  return true;
}

export const allLiveQuestions = (db: Db) =>
  db.selectFrom('exam_questions').selectAll().where('archived', '=', 0).orderBy('created_at').orderBy('id').execute();
