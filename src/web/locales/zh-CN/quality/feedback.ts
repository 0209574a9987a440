// 质检反馈、申诉、每日小结与红线 (issue 7 items 5–7): keys quality.feedback.*
export default {
  menu: { feedback: '质检反馈', disputes: '申诉', summary: '每日质检小结', redLines: '红线清单' },
  title: '质检反馈',
  views: { mine: '我的', overdue: '已逾期', all: '全部' },
  state: { pending: '待反馈', overdue: '已逾期', given: '已按时反馈', late: '逾期后反馈' },
  kinds: { individual: '个人差错（1 个工作日内）', common: '共性问题（5 个工作日内）' },
  modes: { one_to_one: '一对一', one_to_many: '一对多（班组会）', immediate: '即时反馈（即席监控）' },
  calendarMissing: '暂定（缺 {year} 年日历）',
  calendarMissingHelp: '工作日历没有 {year} 年的数据，期限按周末推算，仅为暂定，不计逾期。系统管理员录入 {year} 年的节假日与调休后，期限会自动重算并通知相关人员。',
  columns: {
    agent: '坐席', team: '班组', evaluator: '质检员', scoredAt: '评分时间', score: '得分', kind: '类型', due: '反馈期限', state: '状态',
    given: '反馈', acknowledged: '坐席确认',
  },
  counts: { title: '各质检员反馈情况', pending: '待反馈', overdue: '已逾期', onTime: '按时', late: '逾期后反馈', calendarMissing: '期限暂定' },
  give: {
    title: '记录反馈', done: '反馈已记录', mode: '反馈方式', kind: '问题类型', kindHelp: '共性问题的期限为 5 个工作日（一周）',
    notes: '反馈内容与改进建议', givenOn: '反馈日期',
  },
  panel: {
    title: '反馈与申诉', acknowledge: '确认已知晓', acknowledgeConfirm: '确认你已知晓本次质检结果与反馈？', acknowledged: '已确认',
    acknowledgedAt: '坐席确认时间', disputeWindow: '申诉截止',
  },
  dispute: {
    title: '申诉', open: '申诉', opened: '申诉已提交，等待直属上级复核', of: '{name} 的申诉', evaluation: '查看质检记录',
    scope: '申诉范围', scopes: { items: '指定评分项', whole: '整份评分' }, reason: '申诉理由', proposed: '应为', itemReason: '该项理由',
    addItem: '添加评分项', pending: '申诉处理中，复核人：{name}', outcome: '原始 {from} → 最终 {to}', view: '查看申诉',
    toReview: '待我复核', openedAt: '申诉时间', reviewer: '复核人（直属上级）', status: { open: '待复核', decided: '已裁定' },
    decided: '复核结果已保存，最终得分已更新', item: '评分项', original: '原评分', outcomeColumn: '复核结果', outcomes: { kept: '维持', changed: '改判' },
    decide: '逐项复核', newValue: '改判为', decisionReason: '复核理由', note: '复核说明', submitDecision: '提交复核结果',
  },
  redLines: {
    title: '红线清单', add: '新增红线', name: '红线', tag: '红线', inactive: '已停用', category: '类别',
    categories: { basic: '基础性差错', common: '共性差错', announced: '已通报差错' },
    items: '对应评分项', itemsHelp: '评分表中评分项的编码（key），如 compliant', announcedOn: '通报日期', breachCount: '违反次数',
    deleteConfirm: '删除这条红线？已有违反记录的红线只能停用。', description: '说明', active: '启用',
    breached: '触犯红线：{titles}', rule: '评审裁定', ruling: '裁定', reason: '裁定理由',
    rulings: { breach_confirmed: '确认违反红线', unusual_error: '认定为异常差错', not_a_breach: '不构成违反' },
  },
  summary: {
    title: '每日质检小结', team: '全部班组', byProblem: '按问题汇总', problem: '问题（评分项）', count: '次数', agents: '涉及坐席',
    trainee: '转正前', traineeErrors: '其中转正前', breaches: '红线违反', action: '改进措施', plan: '安排措施', planFor: '为“{label}”安排措施',
    note: '说明', evaluations: '质检数', agentCount: '坐席数', average: '平均分（最终）', failed: '不合格',
  },
  actions: {
    retraining_course: '复训课程', team_meeting: '班组会讲评', sit_beside: '跟听优秀坐席', coaching: '一对一辅导',
    recitation: '背诵', retest: '重新考核', improvement_plan: '改进计划', other: '其他',
  },
  followups: { title: '跟踪监控', open: '跟踪中', closedTab: '已解决', opened: '发现于', closed: '解决于', handling: '转正前差错处理' },
  mentors: {
    title: '带教导师指标', mentor: '导师', evaluations: '学员质检数（转正后）', errors: '学员差错（转正后）', average: '学员平均分',
    excluded: '已排除：转正前质检数 / 差错数', help: '{from} 至 {to}。学员转正前的质检差错与学员本人处理（背诵、重新考核、改进计划），不计入导师绩效。',
  },
};
