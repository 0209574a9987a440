import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for every exam endpoint (see test/bad-input.test.ts): a valid body each, so
// breaking one field must be answered 400 naming it; ids that do not exist answer 404.
const REASON = '批量测试';
const AT = '2026-11-20T09:00:00.000Z';
const QUESTION = {
  type: 'single',
  title: '坏输入',
  stem: '题干',
  options: [{ text: '甲', correct: true }, { text: '乙' }],
  answer: true,
  blanks: [],
  caseSensitive: false,
  ignoreSpaces: true,
  rubric: '评分',
  referenceAnswer: '参考',
  explanation: '解析',
  points: 1,
  difficulty: 'easy',
  course: '课程',
  knowledgePoint: '知识点',
  tags: ['标签'],
};
const PAPER = { title: '坏输入卷', mode: 'fixed', items: [{ questionId: 'no-such-question' }], rules: [] };
const EXAM = {
  title: '坏输入考试',
  kind: 'theory',
  paperId: 'no-such-paper',
  opensAt: AT,
  closesAt: '2026-11-21T09:00:00.000Z',
  timeLimitMinutes: 30,
  maxAttempts: 1,
  passMark: 60,
  shuffleQuestions: true,
  shuffleOptions: true,
  course: '课程',
};
const SCORES = { communication: 80, problemSolving: 80, serviceAttitude: 80, emergencyHandling: 80 };

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/exams/questions': { as: 'trainer' },
  'GET /api/exams/questions/template': { as: 'trainer' },
  'GET /api/exams/questions/export': { as: 'trainer' },
  'GET /api/exams/questions/{id}': { as: 'trainer' },
  'GET /api/exams/questions/{id}/versions': { as: 'trainer' },
  'POST /api/exams/questions': { as: 'trainer', body: { ...QUESTION, points: 0.5, stem: '题干' } },
  'PUT /api/exams/questions/{id}': { as: 'trainer', body: { ...QUESTION, version: 1, reason: REASON } },
  'POST /api/exams/questions/{id}/archive': { as: 'trainer', body: { archived: true } },
  'POST /api/exams/questions/imports': { as: 'trainer', multipart: true },
  'GET /api/exams/files/{hash}': { as: 'trainer' },
  'GET /api/exams/questions/imports/{id}': { as: 'trainer' },
  'POST /api/exams/questions/imports/{id}/commit': { as: 'trainer' },
  'GET /api/exams/questions/imports/{id}/progress': { as: 'trainer' },

  'GET /api/exams/papers': { as: 'trainer' },
  'GET /api/exams/papers/{id}': { as: 'trainer' },
  'POST /api/exams/papers': { as: 'trainer', body: PAPER },
  'PUT /api/exams/papers/{id}': { as: 'trainer', body: { ...PAPER, version: 1 } },
  'POST /api/exams/papers/check': { as: 'trainer', body: { rules: [{ count: 1, type: 'single' }] } },

  'GET /api/exams': { as: 'training' },
  'POST /api/exams': { as: 'trainer', body: EXAM },
  'GET /api/exams/{id}': { as: 'training' },
  'PUT /api/exams/{id}': { as: 'trainer', body: { ...EXAM, version: 1 } },
  'POST /api/exams/{id}/open': { as: 'trainer' },
  'POST /api/exams/{id}/close': { as: 'trainer' },
  'POST /api/exams/{id}/release': { as: 'trainer' },
  'GET /api/exams/{id}/examinees': { as: 'training' },
  'PUT /api/exams/{id}/examinees': { as: 'trainer', body: { employeeIds: ['no-such-person'], teamIds: [] } },
  'PUT /api/exams/{id}/graders': { as: 'trainer', body: { userIds: ['no-such-user'] } },
  'GET /api/exams/{id}/results': { as: 'training' },
  'GET /api/exams/{id}/item-analysis': { as: 'training' },
  'GET /api/exams/attempts/{id}/review': { as: 'training' },
  'POST /api/exams/attempts/{id}/extend': { as: 'trainer', body: { minutes: 10, reason: REASON } },
  'GET /api/exams/{id}/practical-scores': { as: 'training' },
  'POST /api/exams/{id}/practical-scores': {
    as: 'trainer',
    body: { employeeId: 'no-such-person', scenario: 'role_play', scores: SCORES, comments: '评语' },
  },
  'PUT /api/exams/practical-scores/{id}': {
    as: 'trainer',
    body: { scores: SCORES, comments: '评语', reason: REASON, version: 1 },
  },

  'GET /api/exams/graders': { as: 'trainer' },
  'GET /api/exams/my': { as: 'trainee' },
  'POST /api/exams/{id}/attempts': { as: 'trainee' },
  'GET /api/exams/attempts/{id}': { as: 'trainee' },
  'PUT /api/exams/attempts/{id}/answers/{questionId}': {
    as: 'trainee',
    body: { optionIds: ['abc'], value: true, blanks: ['甲'], text: '答', clientSeq: 1 },
  },
  'POST /api/exams/attempts/{id}/submit': { as: 'trainee' },
  'GET /api/exams/attempts/{id}/result': { as: 'trainee' },
  'GET /api/exams/my/practical': { as: 'trainee' },
  'GET /api/exams/my/daily': { as: 'trainee' },
  'GET /api/exams/my/followups': { as: 'trainee' },

  'GET /api/exams/grading/queue': { as: 'trainer' },
  'PUT /api/exams/grading/items/{id}': { as: 'trainer', body: { score: 1, comment: '评语', reason: REASON } },
  'GET /api/exams/daily/period': { as: 'training' },
  'GET /api/exams/daily/prefill': { as: 'training' },
  'GET /api/exams/daily': { as: 'training' },
  'POST /api/exams/daily': {
    as: 'training',
    body: {
      employeeId: 'no-such-person',
      periodStart: '2026-11-16',
      kind: 'regular',
      topic: '主题',
      attendance: 30,
      attitude: 30,
      teamwork: 40,
      comments: '评语',
    },
  },
  'PUT /api/exams/daily/{id}': {
    as: 'training',
    body: { attendance: 30, attitude: 30, teamwork: 40, comments: '评语', reason: REASON, version: 1 },
  },
  'GET /api/exams/followups': { as: 'training' },
  'GET /api/exams/followups/{id}': { as: 'training' },
  'POST /api/exams/followups/{id}/talk': {
    as: 'training',
    body: { at: AT, notes: '记录', feedback: '反馈', version: 1 },
  },
  'POST /api/exams/followups/{id}/plan': { as: 'training', body: { plan: '计划', dueDate: '2026-12-01', version: 1 } },
  'POST /api/exams/followups/{id}/close': { as: 'training', body: { version: 1 } },
};
