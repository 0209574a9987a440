import type { AnswersShape, MethodName, ScorecardContentShape } from '../../../../common/quality.js';
import type { Mark } from '../../../../common/quality-fitness.js';
import type { ItemResult } from '../../../../common/quality-scoring.js';
import type { EvaluationListRow, InteractionRow } from './evaluations.repo.js';

// Rows of qa_evaluations as the API shows them (EvaluationRowDto / EvaluationDetailDto).

type Critical = 'none' | 'section' | 'evaluation';
type Suggestion = 'retraining' | 'sit_beside' | 'trainer_review';

/** acknowledgedAt comes from the feedback task (part D's acknowledgedAtOf), the one place it is kept;
 *  fitnessMark from fitness/fitness.marks.ts. */
export const rowDto = (r: EvaluationListRow, acknowledgedAt: string | null, fitnessMark: Mark | null) => ({
  id: r.id,
  formId: r.form_id,
  formName: r.form_name,
  formVersion: r.form_version,
  interactionId: r.interaction_id,
  agentId: r.agent_id,
  agentName: r.agent_name,
  employeeNo: r.employee_no,
  teamName: r.team_name,
  evaluatorUserId: r.evaluator_user_id,
  evaluatorName: r.evaluator_name,
  method: r.method as MethodName,
  score: r.score,
  finalScore: r.final_score,
  passed: r.passed === 1,
  criticalFailure: r.critical_failure as Critical,
  agentStatus: r.agent_status,
  businessType: r.business_type,
  day: r.day,
  scoredAt: r.scored_at,
  acknowledgedAt,
  fitnessMark,
});

export const interactionFacts = (i: InteractionRow, evaluationIds: string[]) => ({
  id: i.id,
  agentId: i.agent_id,
  agentName: i.agent_name,
  employeeNo: i.employee_no,
  startedAt: i.started_at,
  day: i.day,
  direction: i.direction,
  channel: i.channel,
  businessType: i.business_type,
  queue: i.queue,
  talkSeconds: i.talk_seconds,
  holdSeconds: i.hold_seconds,
  wrapSeconds: i.wrap_seconds,
  fcr: i.fcr === null ? null : i.fcr === 1,
  csat: i.csat,
  recordingUrl: i.recording_url,
  transcriptUrl: i.transcript_url,
  evaluationIds,
});

type DetailRow = EvaluationListRow & {
  form_kind: string;
  pass_score: number;
  content: string;
  answers: string;
  items: string;
  final_answers: string;
  final_items: string;
  comment: string | null;
  suggestion_kind: string | null;
  suggestion_employee_id: string | null;
  suggestion_note: string | null;
  sample_id: string | null;
  version: number;
};

export const detailDto = (
  r: DetailRow,
  acknowledgedAt: string | null,
  interaction: ReturnType<typeof interactionFacts> | null,
  strongName: string | null,
  fitnessMark: Mark | null,
) => ({
  ...rowDto(r, acknowledgedAt, fitnessMark),
  formKind: r.form_kind as 'inbound' | 'outbound' | 'nonvoice',
  passScore: r.pass_score,
  content: JSON.parse(r.content) as ScorecardContentShape,
  answers: JSON.parse(r.answers) as AnswersShape,
  items: JSON.parse(r.items) as Record<string, ItemResult>,
  finalAnswers: JSON.parse(r.final_answers) as AnswersShape,
  finalItems: JSON.parse(r.final_items) as Record<string, ItemResult>,
  comment: r.comment,
  suggestion: r.suggestion_kind
    ? {
        kind: r.suggestion_kind as Suggestion,
        employeeId: r.suggestion_employee_id,
        employeeName: strongName,
        note: r.suggestion_note,
      }
    : null,
  sampleId: r.sample_id,
  interaction,
  version: r.version,
});
