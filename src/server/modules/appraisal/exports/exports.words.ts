import type { Pair } from '../../../lib/workbook.js';

// The words of the appraisal's table exports in both languages ([zh-CN, en-US]), as the web app
// names the same things (locales */appraisal.ts): the files are read outside Seatwise, so they
// carry words, not codes.

export const HEAD = {
  name: ['姓名', 'Name'],
  no: ['工号', 'Employee no.'],
  team: ['班组', 'Team'],
  position: ['岗位类型', 'Position type'],
  value: ['值', 'value'],
  points: ['得分', 'points'],
  total: ['总分', 'Total'],
  grade: ['等级', 'Grade'],
  status: ['状态', 'Status'],
  size: ['人数', 'People'],
  ungraded: ['未评级', 'No grade'],
  forced: ['强制分布', 'Forced distribution'],
  yes: ['是', 'yes'],
  no_: ['否', 'no'],
  all: ['全部', 'All teams'],
  kpi: ['考核指标', 'KPI'],
  original: ['原值', 'Value filed'],
  claimed: ['主张值', 'Value claimed'],
  filedAt: ['申诉时间', 'Filed at'],
  windowEndsOn: ['申诉截止', 'Window ends'],
  cycle: ['考核周期', 'Cycle'],
} as const satisfies Record<string, Pair>;

export const KPI: Record<string, Pair> = {
  fcr: ['首次解决率 (FCR)', 'First-contact resolution (FCR)'],
  aht: ['平均处理时长 (AHT)', 'Average handling time (AHT)'],
  csat: ['客户满意度 (CSAT)', 'Customer satisfaction (CSAT)'],
  qa: ['质检得分', 'QA score'],
  accuracy: ['业务准确率', 'Accuracy'],
  attendance: ['出勤率', 'Attendance'],
  sales: ['销售业绩', 'Sales'],
  lead_assessment: ['班组长评价', "Team lead's assessment"],
};

export const POSITION: Record<string, Pair> = {
  inbound: ['呼入坐席', 'Inbound agent'],
  outbound: ['呼出坐席', 'Outbound agent'],
  non_voice: ['非语音坐席', 'Non-voice agent'],
  team_lead: ['班组长', 'Team lead'],
};

export const SHEET_STATUS: Record<string, Pair> = {
  draft: ['草稿', 'Draft'],
  frozen: ['已冻结', 'Frozen'],
  confirmed: ['已确认', 'Confirmed'],
};

export const APPEAL_STATUS: Record<string, Pair> = {
  open: ['待班组长复核', 'Awaiting lead review'],
  reviewed: ['待裁定', 'Awaiting decision'],
  upheld: ['申诉成立', 'Upheld'],
  rejected: ['申诉不成立', 'Rejected'],
};

export const FILE: Record<'sheets' | 'distribution' | 'appeals', Pair> = {
  sheets: ['考核表', 'sheets'],
  distribution: ['等级分布', 'grade-distribution'],
  appeals: ['绩效申诉', 'appeals'],
};
