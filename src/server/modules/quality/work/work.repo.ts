import type { Db } from '../../../db/connect.js';

// The home page's reads of the quality tables (issue 26): each one indexed query on the person
// (qa_feedback by evaluator or agent, qa_disputes by reviewer, qa_samples by assignee,
// calibration participants by user), never a loop over people.

/** Feedback the evaluator still has to give (qa_feedback_evaluator_idx). */
export const feedbackToGive = (db: Db, userId: string) =>
  db
    .selectFrom('qa_feedback as f')
    .innerJoin('qa_evaluations as e', 'e.id', 'f.evaluation_id')
    .select(['f.evaluation_id', 'f.agent_id', 'f.due_day', 'f.due_problem', 'e.day', 'e.final_score'])
    .where('f.evaluator_user_id', '=', userId)
    .where('f.status', '=', 'pending')
    .execute();

/** Feedback given to the agent that they have not acknowledged yet (qa_feedback_agent_idx). */
export const feedbackToAcknowledge = (db: Db, agentId: string) =>
  db
    .selectFrom('qa_feedback as f')
    .innerJoin('qa_evaluations as e', 'e.id', 'f.evaluation_id')
    .select(['f.evaluation_id', 'f.given_on', 'e.day', 'e.final_score'])
    .where('f.agent_id', '=', agentId)
    .where('f.status', '=', 'given')
    .where('f.acknowledged_at', 'is', null)
    .execute();

/** Open disputes the person reviews (qa_disputes_reviewer_idx). */
export const disputesToDecide = (db: Db, reviewerId: string) =>
  db
    .selectFrom('qa_disputes as d')
    .innerJoin('qa_evaluations as e', 'e.id', 'd.evaluation_id')
    .select(['d.id', 'd.agent_id', 'd.score_before', 'e.day'])
    .where('d.reviewer_employee_id', '=', reviewerId)
    .where('d.status', '=', 'open')
    .execute();

/** The decisions on the agent's disputes whose notice they have not read (notifications_user_idx). */
export const unreadDisputeAnswers = (db: Db, userId: string) =>
  db
    .selectFrom('notifications')
    .select(['link', 'params'])
    .where('user_id', '=', userId)
    .where('kind', '=', 'quality_dispute_decided')
    .where('read_at', 'is', null)
    .where('link', 'like', '/quality/disputes/%')
    .execute();

/** Open calibration sessions the evaluator takes part in, with how many interactions they scored. */
export const calibrationsToScore = (db: Db, userId: string) =>
  db
    .selectFrom('qa_calibration_participants as p')
    .innerJoin('qa_calibration_sessions as s', 's.id', 'p.session_id')
    .select([
      's.id',
      's.title',
      's.day',
      's.interactions',
      (eb) =>
        eb
          .selectFrom('qa_calibration_scores as c')
          .select((b) => b.fn.countAll<number>().as('n'))
          .whereRef('c.session_id', '=', 's.id')
          .where('c.user_id', '=', userId)
          .as('scored'),
    ])
    .where('p.user_id', '=', userId)
    .where('s.status', '=', 'open')
    .execute();

/** The evaluator's open samples (qa_samples_assignee_idx). */
export const openSamples = async (db: Db, userId: string) =>
  Number(
    (
      await db
        .selectFrom('qa_samples')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('assigned_user_id', '=', userId)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Evaluations the evaluator scored in [start, end). */
export const scoredBetween = async (db: Db, userId: string, start: string, end: string) =>
  Number(
    (
      await db
        .selectFrom('qa_evaluations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('evaluator_user_id', '=', userId)
        .where('scored_at', '>=', start)
        .where('scored_at', '<', end)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const quotaOf = (db: Db, userId: string) =>
  db.selectFrom('qa_quotas').selectAll().where('user_id', '=', userId).executeTakeFirst();

/** One person's unread notices linking to work they finished while others still have theirs
 *  (a calibration session each participant scores): only their own are marked read. */
export const settleOwnNotices = (db: Db, userId: string, link: string, at: string) =>
  db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('link', '=', link)
    .where('read_at', 'is', null)
    .execute();
