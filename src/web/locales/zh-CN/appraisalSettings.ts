// Texts of the appraisal settings (SPEC §9) on the settings page, nested along the keys
// (appraisal.weights.inbound.qa → weights.inbound.qa); spread into settings.ts items.appraisal.
// The cycle keys (cycle.*, csatSatisfiedMin) and the results keys (baseBonusDefault,
// followUpWorkingDays) are read by the cycles and results parts of the module.

const KPI = {
  fcr: '一次解决率',
  aht: '平均处理时长',
  csat: '客户满意度',
  qa: '质检分',
  accuracy: '准确率',
  attendance: '出勤率',
  sales: '销售额',
  lead_assessment: '组长评价',
};
const TYPE = { inbound: '呼入', outbound: '呼出', non_voice: '非语音', team_lead: '团队长' };
type Code = keyof typeof KPI;

const weights = (type: keyof typeof TYPE, codes: Code[]) =>
  Object.fromEntries(
    codes.map((c) => [
      c,
      {
        label: `${TYPE[type]}岗：${KPI[c]}权重`,
        help: `新建考核方案时${TYPE[type]}岗指标组中${KPI[c]}的权重；同组权重合计须为 100，填 0 则不含该指标。`,
        unit: '%',
      },
    ]),
  );
const range = (c: Code, unit: string, note = '') => ({
  floor: { label: `${KPI[c]}：0 分线`, help: `达到此值得 0 分，到目标值线性升至 100 分。${note}`, unit },
  target: { label: `${KPI[c]}：满分目标`, help: `达到此值得 100 分（新建方案时的默认值）。${note}`, unit },
});
const grade = (g: string) => ({
  label: `${g} 等级最低分`,
  help: `总分不低于此值为 ${g}（新建方案的默认值）。`,
  unit: '分',
});
const coefficient = (g: string) => ({
  label: `${g} 等级奖金系数`,
  help: `${g} 等级的奖金 = 基数 × 此百分比（150 即 1.5 倍）；新建方案的默认值。`,
  unit: '%',
});

export default {
  weights: {
    inbound: weights('inbound', ['qa', 'fcr', 'csat', 'aht', 'attendance', 'lead_assessment']),
    outbound: weights('outbound', ['sales', 'qa', 'attendance', 'aht', 'csat', 'lead_assessment']),
    non_voice: weights('non_voice', ['qa', 'accuracy', 'csat', 'aht', 'attendance', 'lead_assessment']),
    team_lead: weights('team_lead', ['qa', 'fcr', 'csat', 'attendance', 'lead_assessment']),
  },
  kpi: {
    fcr: range('fcr', '%'),
    aht: range('aht', '秒', '越低越好：0 分线高于目标值。'),
    csat: range('csat', '%', '按满意（评分达到“满意”线）的比例计。'),
    qa: range('qa', '分'),
    accuracy: range('accuracy', '%', '无致命错误的质检评估占比。'),
    attendance: range('attendance', '%'),
    sales: range('sales', '元', '每个考核周期的销售额。'),
    lead_assessment: {
      max: { label: '组长评价满分', help: '组长评价按此满分录入，超出按满分计。', unit: '分' },
    },
  },
  grades: { S: grade('S'), A: grade('A'), B: grade('B'), C: grade('C') },
  bonus: {
    coefficientPercent: {
      S: coefficient('S'),
      A: coefficient('A'),
      B: coefficient('B'),
      C: coefficient('C'),
      D: coefficient('D'),
    },
  },
  forced: {
    enabled: { label: '默认启用强制分布', help: '1 为新建方案默认启用强制分布，0 为不启用。', unit: '' },
    minTeamSize: { label: '强制分布最少人数', help: '团队人数不少于此数才按强制分布定等级。', unit: '人' },
    maxSharePercent: {
      S: { label: 'S 等级最高占比', help: '强制分布时一个团队中 S 的人数不超过此比例（向下取整）。', unit: '%' },
      A: { label: 'A 等级最高占比', help: '强制分布时一个团队中 A 的人数不超过此比例（向下取整）。', unit: '%' },
    },
    minLowSharePercent: {
      label: 'C + D 最低占比',
      help: '强制分布时一个团队中 C 和 D 的人数至少为此比例（向上取整）。',
      unit: '%',
    },
  },
  appealWorkingDays: { label: '考核申诉期', help: '考核结果公布后可提出申诉的工作日数。', unit: '个工作日' },
  cycle: {
    freezeWorkingDays: { label: '数据冻结', help: '考核期结束后第几个工作日冻结数据。', unit: '个工作日' },
    reviewWorkingDays: {
      label: '组长评审期',
      help: '数据冻结后组长评审（手工项、评语）的工作日数。',
      unit: '个工作日',
    },
    confirmationWorkingDays: { label: '员工确认期', help: '组长评审后员工确认考核表的工作日数。', unit: '个工作日' },
    finalWorkingDays: { label: '人力资源终审期', help: '申诉期结束后人力资源终审的工作日数。', unit: '个工作日' },
    publishWorkingDays: { label: '结果公布', help: '终审后第几个工作日公布考核结果。', unit: '个工作日' },
  },
  baseBonusDefault: { label: '默认奖金基数', help: '未录入奖金基数的员工按此基数计算奖金。', unit: '元' },
  followUpWorkingDays: {
    label: '改进计划期限',
    help: '考核结果为 D（或连续两次 C）后，改进计划在结果公布后的这么多个工作日内完成。',
    unit: '个工作日',
  },
  reminderWorkingDays: {
    label: '到期提醒提前',
    help: '考核周期每个步骤到期前这么多个工作日，系统自动提醒尚未处理的人（每步每人一次；0 = 到期当天）。',
    unit: '个工作日',
  },
  csatSatisfiedMin: {
    label: '满意的最低评分',
    help: '客户满意度调查（1–5 分）中达到此分记为满意，满意度 = 满意人数 ÷ 参评人数。',
    unit: '分',
  },
};
