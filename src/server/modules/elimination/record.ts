import type { Db } from '../../db/connect.js';
import { localDate } from '../../lib/clock.js';
import { centerOffset } from '../../lib/center-time.js';

// The case history on the trainee's training record (training/record.service.ts): each step of
// each case as a dated line under "scores", through the record's registerRecordScores seam.
// Titles are the center's language (zh-CN), like the course and exam titles beside them.

const CRITERIA: Record<string, string> = {
  theory_fails: '理论考核连续两次不及格', practical_fails: '实践考核连续两次不及格', daily_below: '日常表现不达标且多次提醒无改善',
  attendance_breaches: '多次无故迟到、早退或缺勤', cannot_handle: '反复培训后仍不能独立处理基本咨询与投诉', service_attitude: '服务态度差导致严重客诉', teamwork: '团队协作差影响团队',
};

const TITLES: Record<string, (d: Record<string, any>) => string> = {
  listed: (d) => `淘汰流程 · 列入初步名单（${CRITERIA[d.criterion] ?? d.criterion}）`,
  interview: () => '淘汰流程 · 一对一面谈已记录',
  notice: (d) => `淘汰流程 · 公示 ${d.publishedOn} 至 ${d.endsOn}`,
  appeal: () => '淘汰流程 · 收到申诉',
  // closesCase is absent on answers recorded before only HR's upheld appeal closed a case.
  appeal_answer: (d) => `淘汰流程 · 申诉答复：${d.outcome !== 'upheld' ? '不成立' : d.closesCase === false ? '成立，交人力资源最终决定' : '成立，流程终止'}`,
  decision: (d) => `淘汰流程 · 人力资源决定：${d.decision === 'eliminate' ? '淘汰' : '留用'}`,
  offboarding_item: (d) => `淘汰流程 · 离职手续：${({ wages_settled: '工资结清', badge_returned: '工牌与工作证已交回', equipment_returned: '设备已交还' } as Record<string, string>)[d.item] ?? d.item}`,
  exit_talk: () => '淘汰流程 · 离职面谈已完成，流程结束',
};

export async function caseHistoryOf(db: Db, employeeId: string) {
  const rows = await db.selectFrom('elimination_steps as s').innerJoin('elimination_cases as c', 'c.id', 's.case_id')
    .select(['s.kind', 's.at', 's.data']).where('c.employee_id', '=', employeeId).orderBy('s.id').execute();
  const offset = await centerOffset(db);
  return rows.filter((r) => TITLES[r.kind]).map((r) => ({
    kind: 'elimination', title: TITLES[r.kind](JSON.parse(r.data)), score: null, passMark: null, passed: null, date: localDate(r.at, offset),
  }));
}
