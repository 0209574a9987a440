import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Team-lead routines (issue 21 item 2): the checklists a center edits (daily, weekly, monthly,
// half-yearly, yearly duties) and each lead's ticks with a note or a linked record, plus the
// lead's own meetings (班前会) a tick may link. The default checklist — SPEC §11's five time-spans
// (五大时空) — is seeded here so every center starts with it; the center edits it afterwards.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('career_routine_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('guidance', 'text')
    .addColumn('expected_minutes', 'integer')
    .addColumn('target_count', 'integer')
    .addColumn('link_kind', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('career_routine_ticks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('count', 'integer')
    .addColumn('link_kind', 'text')
    .addColumn('link_id', 'text')
    .addColumn('link_label', 'text')
    .addColumn('ticked_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_routine_ticks_uq')
    .on('career_routine_ticks')
    .columns(['employee_id', 'item_id', 'period_key'])
    .unique()
    .execute();
  await db.schema
    .createIndex('career_routine_ticks_day_idx')
    .on('career_routine_ticks')
    .columns(['employee_id', 'day'])
    .execute();
  await db.schema
    .createTable('career_routine_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('recordings_analysed', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_routine_meetings_employee_idx')
    .on('career_routine_meetings')
    .columns(['employee_id', 'day'])
    .execute();
  await db
    .insertInto('career_routine_items')
    .values(
      DEFAULT_ITEMS.map(([period, title, guidance, minutes, count, link], i) => ({
        id: `routine-item-${String(i + 1).padStart(2, '0')}`,
        period,
        title,
        guidance,
        expected_minutes: minutes,
        target_count: count,
        link_kind: link,
        active: 1,
        position: (i + 1) * 10,
        created_at: SEEDED_AT,
        updated_at: SEEDED_AT,
        version: 1,
      })),
    )
    .execute();
}

const SEEDED_AT = '2026-12-28T00:00:00.000Z';

type Row = [string, string, string, number | null, number | null, string];
// SPEC §11: every day 4 duties plus the 15-minute pre-shift meeting with about 10 minutes of
// recording analysis; every week 5, every month 6, every half-year 4, every year 5.
const DEFAULT_ITEMS: Row[] = [
  ['daily', '班前会', '15分钟：通报昨日业绩与今日重点，其中约10分钟分析典型录音。', 15, null, 'meeting'],
  ['daily', '总结今日业绩，安排明日工作', '对照目标看当日业绩，列出明日重点与人员安排。', 15, null, 'none'],
  ['daily', '按时完成当日工作', '当日的审批、回访、抽听等事项当日完成。', null, null, 'none'],
  ['daily', '记录重要事件和问题', '客户投诉、系统故障、突发情况及处理经过。', 10, null, 'none'],
  ['daily', '记录与班组相关的信息', '政策与流程变化、组员状态、需跟进的事项。', 10, null, 'none'],
  ['weekly', '召开班组周例会', '通报本周业绩与质检结果，布置下周重点。', 30, null, 'meeting'],
  ['weekly', '抽听组员录音并反馈', '每周抽听组员通话，逐一反馈改进点。', 60, 10, 'feedback'],
  ['weekly', '分析本周质检结果', '找出共性问题与高频扣分项，制定改进措施。', 30, null, 'evaluation'],
  ['weekly', '与组员一对一沟通', '了解组员工作状态与困难，每周至少2人。', 30, 2, 'none'],
  ['weekly', '检查排班与出勤', '核对本周出勤、请假与调班，提出下周排班建议。', 20, null, 'none'],
  ['monthly', '月度业绩分析', '分析班组及组员月度指标，找出差距与原因。', 60, null, 'none'],
  ['monthly', '组员月度绩效面谈', '与组员逐一反馈月度表现与改进计划。', 120, null, 'evaluation'],
  ['monthly', '召开月度班组总结会', '总结本月工作，表彰先进，布置下月目标。', 60, null, 'meeting'],
  ['monthly', '组织一次业务或技能分享', '结合本月问题组织培训、案例分享或话术演练。', 60, null, 'none'],
  ['monthly', '更新班组知识库与常见问题', '整理本月新增问题与答复，提交知识库更新。', 30, null, 'none'],
  ['monthly', '辅导后进组员', '为指标落后的组员制定辅导计划并跟进。', 60, null, 'feedback'],
  ['half_year', '半年度工作总结与计划', '回顾半年目标完成情况，制定下半年计划。', 120, null, 'none'],
  ['half_year', '组员职业发展谈话', '与组员谈发展方向，识别骨干与储备人选。', 180, null, 'none'],
  ['half_year', '班组团队建设活动', '组织一次团队活动，增强凝聚力。', null, null, 'none'],
  ['half_year', '流程与话术改进建议', '梳理半年来的流程与话术问题，提交改进建议。', 60, null, 'none'],
  ['year', '年度工作总结与述职', '总结全年业绩、管理与个人成长，向中心述职。', 240, null, 'none'],
  ['year', '制定下年度班组目标', '结合中心目标制定班组年度指标与措施。', 120, null, 'none'],
  ['year', '组员年度考核评议', '参与组员年度考核，给出评议意见。', 240, null, 'evaluation'],
  ['year', '年度培训需求调研', '收集组员培训需求，报送培训部门。', 60, null, 'none'],
  ['year', '培养班组后备骨干', '确定后备骨干名单与培养计划，推荐参加储备竞聘。', 120, null, 'none'],
];

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['career_routine_meetings', 'career_routine_ticks', 'career_routine_items'])
    await db.schema.dropTable(t).execute();
}
