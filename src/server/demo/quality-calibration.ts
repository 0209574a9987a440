import type { AnswersShape, ScorecardContentShape } from '../../common/quality.js';
import { scoreEvaluation } from '../../common/quality-scoring.js';
import type { Db } from '../db/connect.js';
import { recordAudit } from '../lib/audit.js';
import { addDays, localDate, nowIso } from '../lib/clock.js';
import { centerOffset } from '../lib/center-time.js';
import { newId } from '../lib/ids.js';
import { evaluatorRows } from '../modules/quality/oversight/oversight.list.js';
import { previousQuarter, quarterOf, quarterStart } from '../modules/quality/oversight/oversight.figures.js';

// Calibration and evaluator oversight on top of the demo's month of evaluations (issue 7 items
// 8–9): one closed calibration session on two of the demo agent's calls, scored by qa, qa2 and
// qa3 against the manager's consensus (qa3, the lenient one, lands outside the tolerance); a new
// evaluator qa4 in the co-scoring stage (test passed, two co-scores); a quarterly review of qa2.
// qa3 is not paused: finding and pausing them is the oversight page's job.

const A = (values: Record<string, number | null>): AnswersShape =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));
// Inbound form items: greeting, tone (0–5), verify, privacy, needs (0–5), accuracy (0–10), system (0–5, N/A), compliant, confirm, closing.
const CALL1 = {
  greeting: 1,
  tone: 4,
  verify: 1,
  privacy: 1,
  needs: 4,
  accuracy: 8,
  system: 4,
  compliant: 1,
  confirm: 1,
  closing: 1,
};
const CALL2 = {
  greeting: 1,
  tone: 3,
  verify: 1,
  privacy: 1,
  needs: 3,
  accuracy: 6,
  system: null,
  compliant: 1,
  confirm: 0,
  closing: 1,
};
const SCORES: Record<string, [Record<string, number | null>, Record<string, number | null>]> = {
  qa: [{ ...CALL1, tone: 5 }, CALL2],
  qa2: [
    { ...CALL1, needs: 3, closing: 0 },
    { ...CALL2, accuracy: 5 },
  ],
  qa3: [
    { ...CALL1, tone: 5, needs: 5, accuracy: 10, system: 5 },
    { ...CALL2, tone: 4, needs: 5, accuracy: 9, confirm: 1 },
  ],
};

async function addNewEvaluator(db: Db, at: string) {
  const existing = await db.selectFrom('users').select('id').where('username', '=', 'qa4').executeTakeFirst();
  if (existing) return existing.id;
  const qa = await db
    .selectFrom('users')
    .select('password_hash')
    .where('username', '=', 'qa')
    .executeTakeFirstOrThrow();
  const taken = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
  const free = (
    await db
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select(['e.id', 'e.name'])
      .where('t.code', '=', 'QA-1')
      .where('e.position', '=', '质检员')
      .orderBy('e.employee_no')
      .execute()
  ).find((e) => !taken.has(e.id));
  const id = newId();
  await db
    .insertInto('users')
    .values({
      id,
      username: 'qa4',
      password_hash: qa.password_hash,
      employee_id: free?.id ?? null,
      display_name: free?.name ?? '新质检员',
      locale: 'zh-CN',
      must_change_password: 0,
      failed_attempts: 0,
      locked_until: null,
      disabled: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db.insertInto('user_roles').values({ user_id: id, role: 'qa_evaluator' }).execute();
  return id;
}

export async function seedQualityCalibrationDemo(db: Db) {
  if (await db.selectFrom('qa_calibration_sessions').select('id').limit(1).executeTakeFirst()) return;
  const form = await db
    .selectFrom('qa_forms as f')
    .innerJoin('qa_form_versions as v', 'v.id', 'f.published_version_id')
    .select(['f.id', 'v.id as version_id', 'v.content', 'v.pass_score'])
    .where('f.kind', '=', 'inbound')
    .executeTakeFirst();
  if (!form) return;
  const users = Object.fromEntries(
    (
      await db
        .selectFrom('users')
        .select(['id', 'username'])
        .where('username', 'in', ['qa', 'qa2', 'qa3', 'manager', 'agent'])
        .execute()
    ).map((u) => [u.username, u.id]),
  );
  if (!users.qa2 || !users.qa3) return;
  const agent = await db
    .selectFrom('users')
    .select('employee_id')
    .where('username', '=', 'agent')
    .executeTakeFirstOrThrow();
  const offset = await centerOffset(db);
  const today = localDate(nowIso(), offset);
  const calls = await db
    .selectFrom('interactions')
    .select([
      'id',
      'day',
      'started_at',
      'direction',
      'channel',
      'business_type',
      'talk_seconds',
      'recording_url',
      'transcript_url',
    ])
    .where('agent_id', '=', agent.employee_id!)
    .where('direction', '=', 'in')
    .where('channel', '=', 'voice')
    .where('answered', '=', 1)
    .where('day', '>=', addDays(today, -60))
    .where('day', '<', today)
    .orderBy('started_at', 'desc')
    .limit(2)
    .execute();
  if (calls.length < 2) return;
  const content = JSON.parse(form.content) as ScorecardContentShape;
  const score = (values: Record<string, number | null>) => {
    const r = scoreEvaluation(content, A(values), form.pass_score);
    return {
      answers: JSON.stringify(A(values)),
      items: JSON.stringify(r.items),
      score: r.score!,
      critical_failure: r.criticalFailure,
    };
  };
  const at = nowIso();
  const sessionId = newId();
  const day = addDays(calls[0].day, 1) < today ? addDays(calls[0].day, 1) : today;

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('qa_calibration_sessions')
      .values({
        id: sessionId,
        title: `${day.slice(5, 7)} 月呼入校准会`,
        form_id: form.id,
        form_version_id: form.version_id,
        facilitator_user_id: users.manager,
        interactions: JSON.stringify(
          calls.map((c) => ({
            id: c.id,
            day: c.day,
            startedAt: c.started_at,
            direction: c.direction,
            channel: c.channel,
            businessType: c.business_type,
            talkSeconds: c.talk_seconds,
            recordingUrl: c.recording_url,
            transcriptUrl: c.transcript_url,
          })),
        ),
        day,
        status: 'closed',
        notes: '重点：需求确认与业务解答的评分尺度',
        closed_at: at,
        version: 2,
        created_at: at,
        updated_at: at,
      })
      .execute();
    for (const [username, answers] of Object.entries(SCORES)) {
      await trx
        .insertInto('qa_calibration_participants')
        .values({ session_id: sessionId, user_id: users[username], invited_at: at })
        .execute();
      for (const [i, call] of calls.entries()) {
        await trx
          .insertInto('qa_calibration_scores')
          .values({
            id: newId(),
            session_id: sessionId,
            interaction_id: call.id,
            user_id: users[username],
            ...score(answers[i]),
            comment: null,
            version: 1,
            created_at: at,
            updated_at: at,
          })
          .execute();
      }
    }
    for (const [i, call] of calls.entries()) {
      await trx
        .insertInto('qa_calibration_consensus')
        .values({
          session_id: sessionId,
          interaction_id: call.id,
          ...score([CALL1, CALL2][i]),
          set_by: users.manager,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }

    // qa4: registered, test passed, co-scoring beside qa (two co-scores, one each way).
    const qa4 = await addNewEvaluator(trx, at);
    await trx
      .insertInto('qa_evaluator_status')
      .values({
        user_id: qa4,
        stage: 'co_scoring',
        paused: 0,
        paused_reason: null,
        paused_at: null,
        test_score: 88,
        test_pass_mark: 80,
        test_exam_id: null,
        test_recorded_at: at,
        mentor_user_id: users.qa,
        certified_at: null,
        registered_by: users.manager,
        version: 2,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const refs = await trx
      .selectFrom('qa_evaluations')
      .select(['id', 'final_answers', 'final_score'])
      .where('evaluator_user_id', '=', users.qa)
      .where('form_version_id', '=', form.version_id)
      .orderBy('scored_at', 'desc')
      .limit(2)
      .execute();
    for (const [i, ref] of refs.entries()) {
      const answers = JSON.parse(ref.final_answers) as AnswersShape;
      answers.tone = { value: i === 0 ? Math.max(0, (answers.tone?.value ?? 3) - 1) : 5 };
      const r = scoreEvaluation(content, answers, form.pass_score);
      await trx
        .insertInto('qa_evaluator_coscores')
        .values({
          id: newId(),
          user_id: qa4,
          evaluation_id: ref.id,
          reference_user_id: users.qa,
          answers: JSON.stringify(answers),
          score: r.score!,
          reference_score: ref.final_score,
          deviation: Math.round((r.score! - ref.final_score) * 100) / 100,
          created_at: at,
        })
        .execute();
    }

    // Last quarter's review of qa2.
    const last = previousQuarter(quarterOf(today));
    const figures =
      (await evaluatorRows(trx, quarterStart(last), addDays(quarterStart(quarterOf(today)), -1))).find(
        (r) => r.userId === users.qa2,
      ) ?? null;
    await trx
      .insertInto('qa_evaluator_reviews')
      .values({
        id: newId(),
        user_id: users.qa2,
        quarter: last,
        reviewer_user_id: users.manager,
        result: 'pass',
        notes: '评分尺度稳定，校准偏差在容差内',
        figures: JSON.stringify(figures),
        created_at: at,
        updated_at: at,
      })
      .execute();
    await recordAudit(trx, null, {
      action: 'import',
      entity: 'demo',
      entityId: 'quality-calibration',
      newValue: { sessions: 1, newEvaluators: 1 },
      reason: 'demo data loaded',
    });
  });
}
