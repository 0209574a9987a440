import { z } from 'zod';
import type { Locale } from './roles.js';

// Lines the server derives for a person's record (a step of an elimination case, a certification,
// a retake, a daily evaluation) travel as a code with params, never as display text: the web
// shows them in the reader's language, and the record export renders the same texts. Both read
// this one catalog, so a screen and a spreadsheet never word a step differently.

export const RecordLabel = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RecordLabel = z.infer<typeof RecordLabel>;

const zh = {
  'theory.retake': '{title}（第{n}次）',
  'daily.period': '日常表现 {period}',
  'daily.periodTopic': '日常表现 {period} {topic}',
  'elimination.listed': '淘汰流程 · 列入初步名单（{criterion}）',
  'elimination.interview': '淘汰流程 · 一对一面谈已记录',
  'elimination.notice': '淘汰流程 · 公示 {from} 至 {to}',
  'elimination.appeal': '淘汰流程 · 收到申诉',
  'elimination.appealRejected': '淘汰流程 · 申诉答复：不成立',
  'elimination.appealUpheldToHr': '淘汰流程 · 申诉答复：成立，交人力资源最终决定',
  'elimination.appealUpheldClosed': '淘汰流程 · 申诉答复：成立，流程终止',
  'elimination.decisionEliminate': '淘汰流程 · 人力资源决定：淘汰',
  'elimination.decisionRetain': '淘汰流程 · 人力资源决定：留用',
  'elimination.offboarding': '淘汰流程 · 离职手续：{item}',
  'elimination.exitTalk': '淘汰流程 · 离职面谈已完成，流程结束',
  'certification.shadowing': '新人培训结业，转入跟听（试用期）',
  'certification.regular': '跟听期满，转正（正式上岗）',
  'certification.facts': '通过考核 {exams} 项；考勤 {attendance}；跟听 {hours} 小时',
};
type Code = keyof typeof zh;

const en: Record<Code, string> = {
  'theory.retake': '{title} (attempt {n})',
  'daily.period': 'Daily performance {period}',
  'daily.periodTopic': 'Daily performance {period} {topic}',
  'elimination.listed': 'Elimination · on the preliminary list ({criterion})',
  'elimination.interview': 'Elimination · one-to-one interview recorded',
  'elimination.notice': 'Elimination · notice posted {from} to {to}',
  'elimination.appeal': 'Elimination · appeal received',
  'elimination.appealRejected': 'Elimination · appeal answered: not upheld',
  'elimination.appealUpheldToHr': 'Elimination · appeal answered: upheld, HR decides',
  'elimination.appealUpheldClosed': 'Elimination · appeal answered: upheld, case closed',
  'elimination.decisionEliminate': 'Elimination · HR decision: eliminate',
  'elimination.decisionRetain': 'Elimination · HR decision: retain',
  'elimination.offboarding': 'Elimination · offboarding: {item}',
  'elimination.exitTalk': 'Elimination · exit interview done, case ended',
  'certification.shadowing': 'New-hire training completed, on to shadowing (probation)',
  'certification.regular': 'Shadowing completed, regular status',
  'certification.facts': '{exams} exam(s) passed; attendance {attendance}; {hours} hours shadowing',
};

/** Params that are themselves codes (a criterion, an offboarding item), worded per language. */
const zhValues = {
  criterion: {
    theory_fails: '理论考核连续两次不及格',
    practical_fails: '实践考核连续两次不及格',
    daily_below: '日常表现不达标且多次提醒无改善',
    attendance_breaches: '多次无故迟到、早退或缺勤',
    cannot_handle: '反复培训后仍不能独立处理基本咨询与投诉',
    service_attitude: '服务态度差导致严重客诉',
    teamwork: '团队协作差影响团队',
  },
  item: { wages_settled: '工资结清', badge_returned: '工牌与工作证已交回', equipment_returned: '设备已交还' },
};
const enValues: typeof zhValues = {
  criterion: {
    theory_fails: 'failed the theory exam twice in a row',
    practical_fails: 'failed the practical exam twice in a row',
    daily_below: 'daily performance below standard despite reminders',
    attendance_breaches: 'repeatedly late, leaving early or absent without reason',
    cannot_handle: 'still cannot handle basic enquiries and complaints after retraining',
    service_attitude: 'poor service attitude causing serious complaints',
    teamwork: 'poor teamwork harming the team',
  },
  item: {
    wages_settled: 'wages settled',
    badge_returned: 'badge and work pass returned',
    equipment_returned: 'equipment returned',
  },
};

export const RECORD_LABEL_TEXTS: Record<Locale, { texts: Record<Code, string>; values: typeof zhValues }> = {
  'zh-CN': { texts: zh, values: zhValues },
  'en-US': { texts: en, values: enValues },
};
export const RECORD_LABEL_CODES = Object.keys(zh) as Code[];

/** A label's code and params, with the server's types checked where it is built. */
export const recordLabel = (code: Code, params: Record<string, string | number> = {}): RecordLabel => ({
  code,
  params,
});

/** The label in a language; an unknown code (a newer server) shows as the code itself. */
export function formatRecordLabel(locale: Locale, label: RecordLabel): string {
  const { texts, values } = RECORD_LABEL_TEXTS[locale];
  const text = (texts as Record<string, string>)[label.code] ?? label.code;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = label.params[name];
    if (v === undefined) return whole;
    const worded = (values as Record<string, Record<string, string> | undefined>)[name]?.[String(v)];
    return worded ?? String(v);
  });
}
