import type { RouteCase } from '../../test/bad-input.cases.js';

// Bad-input cases for the elimination endpoints (see test/bad-input.test.ts): a valid body each.
const AT = '2026-11-20T09:00:00.000Z';

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/elimination/cases': { as: 'training' },
  'POST /api/elimination/cases': {
    as: 'training',
    body: {
      employeeId: 'no-such-person',
      criterion: 'teamwork',
      summary: '多次影响团队协作',
      evidenceText: '班组长书面记录三次冲突',
    },
  },
  'GET /api/elimination/cases/{id}': { as: 'training' },
  'POST /api/elimination/cases/{id}/attachments': { as: 'training', multipart: true },
  'GET /api/elimination/attachments/{id}': { as: 'training' },
  'POST /api/elimination/cases/{id}/interview': {
    as: 'training',
    body: { heldAt: AT, present: ['培训负责人'], reasonsExplained: true, traineeStatement: '我会努力', notes: '备注' },
  },
  'POST /api/elimination/cases/{id}/notice': {
    as: 'training',
    body: { publishedOn: '2026-11-20', backdateReason: '已张贴，补录' },
  },
  'POST /api/elimination/cases/{id}/appeals': { as: 'teamlead', body: { reason: '该学员近期进步明显' } },
  'POST /api/elimination/appeals/{id}/answer': {
    as: 'training',
    body: { outcome: 'rejected', answer: '经核实，事实清楚' },
  },
  'POST /api/elimination/cases/{id}/decision': {
    as: 'hr',
    body: { decision: 'eliminate', reason: '公示期满，申诉已答复' },
  },
  'POST /api/elimination/cases/{id}/offboarding': { as: 'hr', body: { item: 'wages_settled', note: '已结清' } },
  'POST /api/elimination/cases/{id}/exit-talk': {
    as: 'hr',
    body: { heldAt: AT, personView: '培训内容多', companyAssessment: '态度认真', careerAdvice: '可考虑其他岗位' },
  },
};
