import { ExcelJS } from '../../../lib/workbook.js';
import type { TrainingRecordData } from './record.service.js';
import { localTime } from '../../../lib/clock.js';
import { formatRecordLabel } from '../../../../common/record-labels.js';
import type { Locale } from '../../../../common/roles.js';

// The training record as an .xlsx workbook: one sheet per part of the record, headers and enum
// values in the reader's language (zh-CN by default, en-US on request), times in center time.

// Every label as [zh-CN, en-US], so the two languages stay side by side.
type Pair = readonly [string, string];
const HEAD: Record<
  'sheets' | 'summary' | 'plans' | 'sessions' | 'scores' | 'certificates' | 'mentoring',
  readonly Pair[]
> = {
  sheets: [
    ['概况', 'Summary'],
    ['培训计划', 'Plans'],
    ['培训场次与考勤', 'Sessions & attendance'],
    ['成绩', 'Scores'],
    ['证书', 'Certificates'],
    ['带教', 'Mentoring'],
  ],
  summary: [
    ['工号', 'Employee no.'],
    ['姓名', 'Name'],
    ['部门', 'Department'],
    ['班组', 'Team'],
    ['状态', 'Status'],
    ['入职日期', 'Hire date'],
    ['考勤得分', 'Attendance score'],
    ['考勤满分', 'Out of'],
    ['计入场次', 'Sessions counted'],
    ['出勤', 'Present'],
    ['迟到(轻)', 'Late (minor)'],
    ['迟到(重)', 'Late (major)'],
    ['早退', 'Left early'],
    ['缺勤', 'Absent'],
    ['请假', 'On leave'],
    ['未考勤', 'Not taken'],
    ['必修资料', 'Required materials'],
    ['已完成', 'Completed'],
    ['导出时间', 'Exported at'],
  ],
  plans: [
    ['计划', 'Plan'],
    ['对象', 'Audience'],
    ['开始', 'Start'],
    ['结束', 'End'],
    ['状态', 'Status'],
    ['培训班', 'Cohort'],
  ],
  sessions: [
    ['课程', 'Course'],
    ['内容', 'Content area'],
    ['方式', 'Method'],
    ['讲师', 'Trainer'],
    ['开始', 'Start'],
    ['结束', 'End'],
    ['教室', 'Room'],
    ['场次状态', 'Session status'],
    ['考勤', 'Attendance'],
    ['分钟', 'Minutes'],
    ['请假', 'Leave'],
    ['事后请假', 'Asked late'],
    ['已反馈', 'Feedback given'],
  ],
  scores: [
    ['类别', 'Kind'],
    ['名称', 'Title'],
    ['分数', 'Score'],
    ['及格线', 'Pass mark'],
    ['是否通过', 'Passed'],
    ['日期', 'Date'],
  ],
  certificates: [
    ['证书', 'Certificate'],
    ['颁发机构', 'Issuer'],
    ['颁发日期', 'Issued on'],
    ['有效期至', 'Expires on'],
    ['课程', 'Course'],
    ['备注', 'Note'],
  ],
  mentoring: [
    ['方式', 'Mode'],
    ['导师', 'Mentor'],
    ['开始', 'Start'],
    ['结束', 'End'],
    ['状态', 'Status'],
    ['结束原因', 'End reason'],
    ['跟听小时', 'Live hours'],
    ['未关闭问题', 'Open problems'],
    ['已关闭问题', 'Closed problems'],
    ['学员评分', 'Rating'],
  ],
};
const YES_NO: readonly [Pair, Pair] = [
  ['是', 'yes'],
  ['否', 'no'],
];
/** Stored values in Chinese; in English the value itself is shown. */
const ZH: Record<string, string> = {
  new_hire: '新员工',
  on_the_job: '在岗员工',
  key_staff: '骨干/储备干部',
  draft: '草稿',
  active: '进行中',
  completed: '已完成',
  cancelled: '已取消',
  scheduled: '已排期',
  present: '出勤',
  late: '迟到',
  left_early: '早退',
  absent: '缺勤',
  on_leave: '请假',
  pending: '待审批',
  approved: '已批准',
  refused: '已拒绝',
  withdrawn: '已撤回',
  one_to_one: '一对一',
  one_to_five: '一对五',
  coaching: '辅导带教',
  ended: '已结束',
  replaced: '已更换',
  basics_culture: '基础与企业文化',
  business_systems: '业务知识与系统操作',
  service_communication: '服务理念与沟通技巧',
  conduct_mindset: '职业素养与心态',
  law_risk: '法律与风险',
  lecture: '课堂讲授',
  case_study: '案例分析',
  role_play: '角色扮演/模拟',
  mentoring: '导师带教',
  online: '在线学习',
  experience_sharing: '经验分享',
  trainee: '培训期',
  probation: '试用期',
  regular: '正式',
  team_lead: '班组长',
  candidate: '候选人',
  theory: '理论考核',
  practical: '实践考核',
  daily: '日常表现',
  elimination: '淘汰流程',
};
/** Result kinds in English (the stored codes are not words). */
const EN: Record<string, string> = {
  theory: 'Theory exam',
  practical: 'Practical exam',
  daily: 'Daily performance',
  elimination: 'Elimination',
};

/** The download's file name in the reader's language. */
export const recordFileName = (locale: Locale, employeeNo: string) =>
  `${locale === 'en-US' ? 'training-record' : '培训档案'}-${employeeNo}.xlsx`;

export async function recordWorkbook(r: TrainingRecordData, locale: Locale, offsetMinutes: number): Promise<Buffer> {
  const i = locale === 'en-US' ? 1 : 0;
  const t = Object.fromEntries(Object.entries(HEAD).map(([k, pairs]) => [k, pairs.map((p) => p[i])])) as Record<
    keyof typeof HEAD,
    string[]
  >;
  const e = (v: string | null | undefined) => (!v ? '' : i === 0 ? (ZH[v] ?? v) : (EN[v] ?? v));
  const label = (l: Parameters<typeof formatRecordLabel>[1] | null | undefined) =>
    l ? formatRecordLabel(locale, l) : '';
  const yn = (v: boolean | null | undefined) => (v === null || v === undefined ? '' : YES_NO[v ? 0 : 1][i]);
  const at = (v: string) => localTime(v, offsetMinutes);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Seatwise';
  const sheet = (name: string, headers: string[], rows: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(headers).font = { bold: true };
    for (const row of rows) ws.addRow(row.map((v) => v ?? ''));
    ws.columns.forEach((c, i) => {
      c.width = Math.min(40, Math.max(10, headers[i].length * 2 + 2));
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };
  const a = r.attendance;
  const b = a.breakdown;
  sheet(t.sheets[0], t.summary, [
    [
      r.employee.employeeNo,
      r.employee.name,
      r.employee.departmentName,
      r.employee.teamName,
      e(r.employee.status),
      r.employee.hireDate,
      a.score,
      a.points,
      a.counted,
      b.present,
      b.lateMinor,
      b.lateMajor,
      b.leftEarly,
      b.absent,
      b.onLeave,
      b.notTaken,
      r.materials.required,
      r.materials.completed,
      at(r.generatedAt),
    ],
  ]);
  sheet(
    t.sheets[1],
    t.plans,
    r.plans.map((p) => [p.title, e(p.audience), p.startDate, p.endDate, e(p.status), p.cohortName]),
  );
  sheet(
    t.sheets[2],
    t.sessions,
    r.sessions.map((s) => [
      s.courseTitle,
      e(s.contentArea),
      e(s.method),
      s.trainerName,
      at(s.startsAt),
      at(s.endsAt),
      s.room,
      e(s.sessionStatus),
      e(s.attendance),
      s.minutes,
      s.leave ? e(s.leave.status) : '',
      s.leave ? yn(s.leave.late) : '',
      yn(s.feedbackGiven),
    ]),
  );
  sheet(
    t.sheets[3],
    t.scores,
    r.scores.map((s) => [e(s.kind), s.label ? label(s.label) : s.title, s.score, s.passMark, yn(s.passed), s.date]),
  );
  sheet(
    t.sheets[4],
    t.certificates,
    r.certificates.map((c) => [
      c.label ? label(c.label) : c.name,
      c.issuer,
      c.issuedOn,
      c.expiresOn,
      c.courseTitle,
      [c.note, label(c.facts)].filter(Boolean).join(' | '),
    ]),
  );
  sheet(
    t.sheets[5],
    t.mentoring,
    r.mentoring.map((m) => [
      e(m.mode),
      m.mentorName,
      m.startDate,
      m.endDate,
      e(m.status),
      m.endReason,
      m.hours,
      m.problemsOpen,
      m.problemsClosed,
      m.rating,
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
