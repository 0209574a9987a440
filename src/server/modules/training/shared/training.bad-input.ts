import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for every training endpoint (see test/bad-input.test.ts): a valid body each, so
// breaking one field must be answered 400 naming it; ids that do not exist answer 404.
const REASON = '批量测试';
const DATE = '2026-11-20';
const AT = '2026-11-20T09:00:00+08:00';
const END = '2026-11-20T10:00:00+08:00';
const COURSE = {
  code: 'BAD-1',
  title: '坏输入课程',
  contentArea: 'law_risk',
  method: 'online',
  hours: 1,
  description: '说明',
  archived: false,
};
const MATERIAL = {
  kind: 'document',
  title: '坏输入资料',
  url: 'https://kb.example.com/x',
  required: true,
  dueOffsetDays: 0,
  archived: false,
};
const TRAINER = {
  kind: 'external',
  employeeId: null,
  name: '坏输入',
  category: 'other',
  organization: '机构',
  certification: '证书',
  certifiedOn: DATE,
  certifiedUntil: DATE,
  active: true,
  notes: '备注',
};
const PHASE = { name: '课堂', kind: 'classroom', startDate: DATE, endDate: DATE, courseIds: [] };
const PLAN = {
  title: '坏输入计划',
  audience: 'key_staff',
  cohortId: null,
  startDate: DATE,
  endDate: DATE,
  recurrence: 'none',
  trigger: null,
  triggerNote: '说明',
  objectives: '目标',
  assessmentPlan: '考核',
  supervision: '督导',
  venue: '地点',
  equipment: '设备',
  methods: ['lecture'],
  evaluationMethod: '评估',
  status: 'draft',
  needsSurveyId: 'no-such-survey',
  phases: [PHASE],
};
const SURVEY = {
  title: '坏输入调研',
  description: '说明',
  audience: { kind: 'role', ref: 'agent' },
  includeSupervisors: true,
  questions: [{ id: 'q', kind: 'text', text: '?' }],
  closesOn: DATE,
};
const SESSION = {
  courseId: 'no-such-course',
  trainerId: 'no-such-trainer',
  room: '301',
  startsAt: AT,
  endsAt: END,
  planId: null,
  phaseId: null,
  title: '标题',
  notes: '备注',
  employeeIds: [],
  cohortIds: [],
};
const PEOPLE = { employeeIds: ['no-such-person'], cohortIds: [] };

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/training/courses': {},
  'GET /api/training/courses/{id}': {},
  'POST /api/training/courses': { body: COURSE },
  'PUT /api/training/courses/{id}': { body: { ...COURSE, version: 1 } },
  'GET /api/training/courses/{id}/materials': {},
  'POST /api/training/courses/{id}/materials': { body: MATERIAL },
  'PUT /api/training/materials/{id}': { body: MATERIAL },
  'POST /api/training/materials/{id}/complete': {},
  'GET /api/training/materials/{id}/completions': {},
  'GET /api/training/materials/due': {},

  'GET /api/training/trainers': {},
  'GET /api/training/trainers/{id}': {},
  'POST /api/training/trainers': { body: { ...TRAINER, name: '坏输入', certifiedUntil: '2026-01-01' } },
  'PUT /api/training/trainers/{id}': { body: { ...TRAINER, version: 1 } },

  'GET /api/training/plans': {},
  'GET /api/training/plans/{id}': {},
  'POST /api/training/plans': { body: PLAN },
  'PUT /api/training/plans/{id}': { body: { ...PLAN, version: 1 } },
  'POST /api/training/plans/{id}/repeat': {},
  'GET /api/training/cohorts': {},
  'GET /api/training/cohorts/{id}': {},
  'POST /api/training/cohorts': {
    body: { name: '坏输入班', teamId: null, startDate: DATE, employeeIds: ['no-such-person'] },
  },
  'PUT /api/training/cohorts/{id}/members': { body: { employeeIds: ['no-such-person'] } },

  'GET /api/training/surveys': {},
  'POST /api/training/surveys': { body: { ...SURVEY, audience: { kind: 'team', ref: 'no-such-team' } } },
  'GET /api/training/surveys/mine': { as: 'trainee' },
  'GET /api/training/surveys/{id}': {},
  'POST /api/training/surveys/{id}/answers': { as: 'trainee', body: { answers: { q: '答' } } },
  'POST /api/training/surveys/{id}/close': {},
  'GET /api/training/surveys/{id}/summary': {},

  'GET /api/training/sessions': {},
  'GET /api/training/sessions/{id}': {},
  'POST /api/training/sessions/check': {
    body: {
      sessionId: null,
      trainerId: 'no-such-trainer',
      room: '301',
      startsAt: AT,
      endsAt: END,
      employeeIds: ['no-such-person'],
      cohortIds: [],
    },
  },
  'POST /api/training/sessions': { as: 'training', body: SESSION },
  'PATCH /api/training/sessions/{id}': {
    as: 'training',
    body: {
      courseId: 'no-such-course',
      trainerId: 'no-such-trainer',
      room: '301',
      startsAt: AT,
      endsAt: END,
      title: '标题',
      notes: '备注',
      version: 1,
    },
  },
  'POST /api/training/sessions/{id}/cancel': { as: 'training', body: { reason: REASON } },
  'POST /api/training/sessions/{id}/enrolments': { as: 'training', body: PEOPLE },
  'DELETE /api/training/sessions/{id}/enrolments/{employeeId}': { as: 'training' },
  'PUT /api/training/sessions/{id}/attendance': {
    as: 'training',
    body: { records: [{ employeeId: 'no-such-person', status: 'late', minutes: 5, note: '备注' }] },
  },
  'GET /api/training/attendance-score': { as: 'trainee' },
  'POST /api/training/sessions/{id}/leave': { as: 'trainee', body: { reason: REASON } },
  'GET /api/training/leave': {},
  'POST /api/training/leave/{id}/decision': { as: 'training', body: { decision: 'approve', note: '同意' } },
  'POST /api/training/leave/{id}/withdraw': { as: 'trainee' },
  'POST /api/training/sessions/{id}/feedback': {
    as: 'trainee',
    body: { content: 5, trainer: 5, method: 5, suggestions: '建议' },
  },
  'GET /api/training/feedback/mine': { as: 'trainee' },
  'GET /api/training/feedback': { as: 'training' },
  'GET /api/training/feedback/summary': { as: 'training' },

  'GET /api/training/records/{employeeId}': {},
  'GET /api/training/records/{employeeId}/export.xlsx': {},
  'POST /api/training/records/{employeeId}/certificates': {
    body: { name: '证书', issuer: '机构', issuedOn: DATE, expiresOn: DATE, courseId: null, note: '备注' },
  },

  'GET /api/training/mentoring/assignments': {},
  'POST /api/training/mentoring/assignments': {
    body: {
      traineeId: 'no-such-person',
      mentorId: 'no-such-person',
      mode: 'one_to_one',
      startDate: DATE,
      planId: null,
    },
  },
  'POST /api/training/mentoring/assignments/{id}/replace': { body: { mentorId: 'no-such-person', reason: REASON } },
  'POST /api/training/mentoring/assignments/{id}/end': { body: { reason: REASON, endDate: DATE } },
  'POST /api/training/mentoring/assignments/{id}/hours': { as: 'mentor', body: { date: DATE, hours: 1, note: '备注' } },
  'GET /api/training/mentoring/assignments/{id}/log': {},
  'POST /api/training/mentoring/assignments/{id}/problems': { as: 'mentor', body: { date: DATE, description: '问题' } },
  'POST /api/training/mentoring/problems/{id}/close': { as: 'mentor', body: { resolution: '解决', closedOn: DATE } },
  'POST /api/training/mentoring/assignments/{id}/rating': { as: 'trainee', body: { score: 4, comment: '好' } },
  'GET /api/training/mentoring/mentors': { as: 'training' },
  'GET /api/training/warnings': { as: 'mentor' },
  'POST /api/training/warnings/{id}/read': { as: 'mentor' },
};
