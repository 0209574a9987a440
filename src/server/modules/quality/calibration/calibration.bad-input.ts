import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for calibration, evaluator oversight and agent scores (see
// test/bad-input.test.ts): a valid body each, so breaking one field must be answered 400 naming
// it; ids that do not exist answer 404.
const ANSWERS = { greet: { value: 1 }, need: { value: 4, comment: '确认需求' } };
const REASON = { reason: '批量测试' };

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/quality/calibrations': { as: 'manager' },
  'POST /api/quality/calibrations': {
    as: 'manager',
    body: {
      title: '坏输入校准',
      formId: 'no-such-form',
      interactionIds: ['no-such-call'],
      evaluatorUserIds: ['no-such-user', 'another-user'],
      day: '2026-11-20',
      notes: '说明',
    },
  },
  'GET /api/quality/calibrations/{id}': { as: 'manager' },
  'POST /api/quality/calibrations/{id}/scores': {
    as: 'qa',
    body: { interactionId: 'no-such-call', answers: ANSWERS, comment: '评语' },
  },
  'POST /api/quality/calibrations/{id}/close': { as: 'manager' },
  'PUT /api/quality/calibrations/{id}/consensus': {
    as: 'manager',
    body: { interactionId: 'no-such-call', answers: ANSWERS, reason: '共识' },
  },
  'GET /api/quality/calibrations/{id}/report': { as: 'manager' },

  'GET /api/quality/evaluators': { as: 'manager' },
  'GET /api/quality/evaluators/{userId}': { as: 'manager' },
  'POST /api/quality/evaluators/{userId}/register': {
    as: 'manager',
    body: { mentorUserId: 'no-such-user', reason: '新质检员' },
  },
  'POST /api/quality/evaluators/{userId}/test': {
    as: 'manager',
    body: { score: 85, passMark: 80, examId: 'no-such-exam', reason: '上岗测试' },
  },
  'GET /api/quality/evaluators/{userId}/coscore-form': { as: 'manager' },
  'POST /api/quality/evaluators/{userId}/coscores': {
    as: 'manager',
    body: { evaluationId: 'no-such-evaluation', answers: ANSWERS },
  },
  'POST /api/quality/evaluators/{userId}/certify': { as: 'manager', body: REASON },
  'POST /api/quality/evaluators/{userId}/pause': { as: 'manager', body: REASON },
  'POST /api/quality/evaluators/{userId}/resume': { as: 'manager', body: REASON },
  'POST /api/quality/evaluators/{userId}/reviews': {
    as: 'manager',
    body: { quarter: '2026Q4', result: 'pass', notes: '季度复核' },
  },

  'GET /api/quality/agent-scores': { as: 'manager' },
};
