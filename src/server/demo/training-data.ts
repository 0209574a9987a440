import type { Db } from '../db/connect.js';

// The fixed content of the training demo (demo/training.ts): the new-hire curriculum, its
// timetable, the learning materials and the feedback trainees leave; and what every step of the
// demo works with inside its one transaction.

const TZ = '+08:00';
export const ts = (date: string, hm: string) => new Date(`${date}T${hm}:00${TZ}`).toISOString();
export const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export const COURSES = [
  ['NH-101', '企业概况与组织架构', 'basics_culture', 'lecture', 3],
  ['NH-102', '规章制度与信息安全保密', 'basics_culture', 'online', 3],
  ['NH-201', '储蓄与信用卡产品知识', 'business_systems', 'lecture', 3],
  ['NH-202', '工单系统与CRM操作', 'business_systems', 'role_play', 3],
  ['NH-203', '知识库检索', 'business_systems', 'online', 3],
  ['NH-204', '理财与贷款产品', 'business_systems', 'lecture', 3],
  ['NH-301', '开场白、标准话术与结束语', 'service_communication', 'role_play', 3],
  ['NH-302', '异议处理与投诉处理', 'service_communication', 'case_study', 3],
  ['NH-303', '倾听与情绪安抚', 'service_communication', 'experience_sharing', 3],
  ['NH-401', '电话礼仪与职业素养', 'conduct_mindset', 'lecture', 3],
  ['NH-402', '情绪与压力管理、团队协作', 'conduct_mindset', 'experience_sharing', 3],
  ['NH-501', '消费者权益保护与数据隐私', 'law_risk', 'case_study', 3],
  ['NH-601', '一对一跟听带教', 'service_communication', 'mentoring', 4],
] as const;

// [day offset from COHORT_START, half-day, course code, trainer key]; mornings 09:00–12:00, afternoons 13:30–16:30.
export const TIMETABLE: [number, 'am' | 'pm', string, 'A' | 'B' | 'L' | 'X'][] = [
  [0, 'am', 'NH-101', 'B'],
  [0, 'pm', 'NH-102', 'A'],
  [1, 'am', 'NH-201', 'A'],
  [1, 'pm', 'NH-203', 'B'],
  [2, 'am', 'NH-202', 'A'],
  [2, 'pm', 'NH-401', 'B'],
  [3, 'am', 'NH-301', 'A'],
  [3, 'pm', 'NH-501', 'X'],
  [4, 'am', 'NH-302', 'L'],
  [4, 'pm', 'NH-402', 'X'],
  [7, 'am', 'NH-303', 'A'],
  [8, 'am', 'NH-204', 'A'],
  [9, 'am', 'NH-302', 'L'],
  [10, 'am', 'NH-301', 'A'],
  [11, 'am', 'NH-402', 'B'],
];

export const MATERIALS: [string, string, string, string, number][] = [
  ['NH-101', 'document', '员工手册（电子版）', '/kb/handbook.pdf', 0],
  ['NH-102', 'document', '信息安全与保密制度', '/kb/security.pdf', 0],
  ['NH-102', 'micro_course', '保密案例微课', '/kb/micro/security-cases', 1],
  ['NH-201', 'document', '产品手册（2026版）', '/kb/products-2026.pdf', -1],
  ['NH-202', 'video', '工单系统操作演示', '/kb/video/ticketing', 2],
  ['NH-301', 'document', '标准开场白与结束语', '/kb/scripts.pdf', 0],
  ['NH-303', 'micro_course', '情绪安抚技巧微课', '/kb/micro/calming', 1],
  ['NH-302', 'video', '投诉处理优秀录音精选', '/kb/video/complaints', 3],
];

export const SUGGESTIONS = [
  '多一些真实案例',
  '演练时间再长一点',
  '讲得很清楚',
  '希望提供课件下载',
  '节奏有点快',
  '系统操作希望多练习',
  null,
  null,
  null,
];

export type TrainingDemo = {
  trx: Db;
  now: string;
  /** The training manager's user id: who creates and decides. */
  by: string;
  /** The demo trainee (employee id). */
  me: string;
  /** The new-hire cohort (employee ids). */
  cohort: string[];
  rand: () => number;
  pick: <T>(xs: readonly T[]) => T;
  /** The day n days after the cohort starts. */
  week: (n: number) => string;
};
