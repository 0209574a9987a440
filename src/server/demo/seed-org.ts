// The demo center's organisation (demo/seed.ts): departments and their teams, the skills agents
// are tagged with, and the day the new-hire cohort started.

export const DEPARTMENTS = [
  {
    code: 'CS1',
    name: '客户服务一处',
    teams: [
      ['CS1-0', '一处综合组'],
      ['CS1-1', '零售业务一组'],
      ['CS1-2', '零售业务二组'],
    ],
  },
  {
    code: 'CS2',
    name: '客户服务二处',
    teams: [
      ['CS2-1', '信用卡一组'],
      ['CS2-2', '信用卡二组'],
    ],
  },
  { code: 'CMP', name: '投诉处理室', teams: [['CMP-1', '投诉处理组']] },
  {
    code: 'OUT',
    name: '外呼营销处',
    teams: [
      ['OUT-1', '外呼营销一组'],
      ['OUT-2', '外呼营销二组'],
    ],
  },
  { code: 'QA', name: '质量管理室', teams: [['QA-1', '质检组']] },
  {
    code: 'TRN',
    name: '培训发展室',
    teams: [
      ['TRN-1', '培训组'],
      ['TRN-NH', '新员工培训班'],
    ],
  },
];

export const SKILLS = ['储蓄业务', '信用卡', '理财产品', '贷款咨询', '电子银行', '投诉处理', '外呼营销'];
export const COHORT_START = '2026-11-16';
