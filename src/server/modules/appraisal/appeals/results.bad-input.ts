import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the appraisal results endpoints (appeals, grades, bonus and payroll,
// follow-ups; see test/bad-input.test.ts): a valid body each.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/appraisal/appeals': { as: 'hr' },
  'POST /api/appraisal/appeals': {
    as: 'agent',
    body: { sheetId: 'no-such-sheet', kpiCode: 'qa', reason: '质检分有误，请复核', claimedValue: 88 },
  },
  'GET /api/appraisal/appeals/{id}': { as: 'hr' },
  'POST /api/appraisal/appeals/{id}/review': {
    as: 'teamlead',
    body: { recommendation: 'uphold', comment: '评分确有误' },
  },
  'POST /api/appraisal/appeals/{id}/decision': {
    as: 'hr',
    body: { decision: 'upheld', reason: '经复核，予以更正', correctedValue: 90 },
  },
  'GET /api/appraisal/cycles/{id}/grades': { as: 'hr' },
  'GET /api/appraisal/cycles/{id}/distribution': { as: 'hr' },
  'GET /api/appraisal/cycles/{id}/bonus': { as: 'hr' },
  'PUT /api/appraisal/cycles/{id}/base-bonus': {
    as: 'hr',
    body: { items: [{ employeeId: 'no-such-person', amountCents: 100000 }], reason: '录入基数' },
  },
  'POST /api/appraisal/cycles/{id}/base-bonus/import': { as: 'hr', multipart: true },
  'GET /api/appraisal/cycles/{id}/base-bonus/template.xlsx': { as: 'hr' },
  'PUT /api/appraisal/cycles/{id}/pools/{teamId}': { as: 'hr', body: { amountCents: 5000000, reason: '奖金池' } },
  'GET /api/appraisal/cycles/{id}/payroll.xlsx': { as: 'hr' },
  'GET /api/appraisal/followups': { as: 'hr' },
  'GET /api/appraisal/followups/{id}': { as: 'hr' },
  'PATCH /api/appraisal/followups/{id}': {
    as: 'hr',
    body: { trainingNeed: '质检规范培训', improvementPlan: '每周复盘两次', dueOn: '2027-02-01', version: 1 },
  },
  'GET /api/appraisal/people/{id}/grades': { as: 'hr' },
};
