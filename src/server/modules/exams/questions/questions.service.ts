import type { z } from 'zod';
import type {
  QuestionDtoT,
  QuestionInput,
  QuestionListQuery,
  QuestionUpdate,
} from '../../../../common/exams-questions.js';
import type { Db } from '../../../db/connect.js';
import type { DialectName } from '../../../db/portable.js';
import type { ExamQuestionTable, ExamQuestionVersionTable } from '../../../db/schema-exams.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { conflict, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { blankAnswers, toContent, type QuestionContent } from '../grading/grading.score.js';
import * as repo from './questions.repo.js';

// The question bank (SPEC §4). Each save writes a new immutable version; attempts point at the
// version they drew, so editing a question never changes an exam already taken.

type Row = ExamQuestionTable;

export function contentToDto(c: QuestionContent) {
  return {
    type: c.type,
    title: c.title,
    stem: c.stem,
    options: c.options.map((o) => ({
      id: o.id,
      text: o.text,
      correct: o.fraction > 0,
      fraction: o.fraction,
      feedback: o.feedback ?? null,
    })),
    answer: c.answer,
    blanks: c.blanks.map((b) => ({ accepted: b.accepted, answers: blankAnswers(b) })),
    category: c.category ?? null,
    wildcards: c.wildcards ?? false,
    pairs: c.pairs ?? [],
    numeric: c.numeric ?? [],
    units: c.units ?? [],
    unitPenalty: c.unitPenalty ?? 0,
    unitGrading: c.unitGrading ?? 'response',
    files: c.files ?? [],
    caseSensitive: c.caseSensitive,
    ignoreSpaces: c.ignoreSpaces,
    rubric: c.rubric,
    referenceAnswer: c.referenceAnswer,
    explanation: c.explanation,
    points: c.points,
    difficulty: c.difficulty,
    course: c.course,
    knowledgePoint: c.knowledgePoint,
    tags: c.tags,
  };
}

export function toDto(r: Row): QuestionDtoT {
  return {
    id: r.id,
    version: r.version,
    versionId: r.current_version_id,
    ...contentToDto(JSON.parse(r.body)),
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The columns a question is searched and drawn by, from its content. */
const columns = (c: QuestionContent) => ({
  type: c.type,
  title: c.title,
  stem: c.stem,
  body: JSON.stringify(c),
  points: c.points,
  difficulty: c.difficulty,
  course: c.course,
  knowledge_point: c.knowledgePoint,
  tags: JSON.stringify(c.tags),
  category: c.category ?? null,
});

export async function listQuestions(db: Db, dialect: DialectName, f: z.output<typeof QuestionListQuery>) {
  const { rows, total } = await repo.listQuestions(db, dialect, f);
  return { items: rows.map(toDto), total };
}

export async function getQuestion(db: Db, id: string) {
  const row = await repo.findQuestion(db, id);
  if (!row) throw notFound('Question');
  return toDto(row);
}

export async function versions(db: Db, id: string) {
  await getQuestion(db, id);
  const rows = await repo.versionsOf(db, id);
  return rows.map((v) => ({
    versionId: v.id,
    version: v.version,
    createdAt: v.created_at,
    createdBy: v.created_by,
    reason: v.reason,
    question: { id, version: v.version, versionId: v.id, ...contentToDto(JSON.parse(v.body)) },
  }));
}

/** Inserts checked content; the caller gives the transaction and writes the audit. */
export async function insertContent(db: Db, actor: Pick<Actor, 'userId'> | null, c: QuestionContent) {
  return (await insertContents(db, actor, [c]))[0];
}

/** New questions, each at version 1; their ids in the same order. */
export async function insertContents(db: Db, actor: Pick<Actor, 'userId'> | null, cs: QuestionContent[]) {
  const at = nowIso();
  const by = actor?.userId ?? null;
  const qs: ExamQuestionTable[] = [];
  const vs: ExamQuestionVersionTable[] = [];
  for (const c of cs) {
    const id = newId();
    const versionId = newId();
    qs.push({
      id,
      ...columns(c),
      current_version_id: versionId,
      version: 1,
      archived: 0,
      created_by: by,
      created_at: at,
      updated_at: at,
    });
    vs.push({
      id: versionId,
      question_id: id,
      version: 1,
      body: JSON.stringify(c),
      reason: null,
      created_by: by,
      created_at: at,
    });
  }
  await repo.insertQuestions(db, qs, vs);
  return qs.map((q) => q.id);
}

export async function createQuestion(db: Db, actor: Actor, input: z.output<typeof QuestionInput>) {
  const c = toContent(input);
  return db.transaction().execute(async (trx) => {
    const id = await insertContent(trx, actor, c);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'exam_question',
      entityId: id,
      newValue: { type: c.type, stem: c.stem },
    });
    return id;
  });
}

export async function updateQuestion(db: Db, actor: Actor, id: string, input: z.output<typeof QuestionUpdate>) {
  const row = await repo.findQuestion(db, id);
  if (!row) throw notFound('Question');
  const before = JSON.parse(row.body) as QuestionContent;
  const c = toContent(input, before.options, before.pairs);
  const changes = diff(before as unknown as Record<string, unknown>, c as unknown as Record<string, unknown>);
  if (!changes.changed) return { version: row.version };
  const at = nowIso();
  const versionId = newId();
  const version = row.version + 1;
  await db.transaction().execute(async (trx) => {
    const done = await repo.updateQuestion(
      trx,
      id,
      input.version,
      { ...columns(c), current_version_id: versionId, version, updated_at: at },
      {
        id: versionId,
        question_id: id,
        version,
        body: JSON.stringify(c),
        reason: input.reason ?? null,
        created_by: actor.userId,
        created_at: at,
      },
    );
    if (!done)
      throw conflict('STALE_VERSION', 'Someone changed this question since you opened it; reload it', 'version');
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'exam_question',
      entityId: id,
      oldValue: changes.oldValue,
      newValue: changes.newValue,
      reason: input.reason,
    });
  });
  return { version };
}

export async function setArchived(db: Db, actor: Actor, id: string, archived: boolean) {
  const row = await repo.findQuestion(db, id);
  if (!row) throw notFound('Question');
  if ((row.archived === 1) === archived) return;
  await db.transaction().execute(async (trx) => {
    await repo.updateQuestion(trx, id, row.version, { archived: archived ? 1 : 0, updated_at: nowIso() });
    await recordAudit(trx, actor, {
      action: archived ? 'delete' : 'update',
      entity: 'exam_question',
      entityId: id,
      oldValue: { archived: !archived },
      newValue: { archived },
    });
  });
}
