import appraisalSettings from './appraisalSettings';
import attendanceSettings from './attendanceSettings';
import analyticsSettings from './analyticsSettings';
import homeSettings from './homeSettings';
import careersSettings from './careersSettings';
import drillsSettings from './drillsSettings';
import items from './settingsItems';
import peopleItems from './settingsItemsPeople';
import qualityItems from './settingsItemsQuality';

// 系统设置页（pages/settings）。items 按设置键的路径嵌套（auth.lockMinutes → items.auth.lockMinutes），
// 页面用键直接查到名称、说明和单位；settingLabels.test.ts 检查服务端的每个键在两种语言里都有条目。
export default {
  menu: '系统设置',
  title: '系统设置',
  intro: '规则里的每个数字都可以在这里调整。修改需要填写原因，写入审计日志；保存后立即生效（多台服务器时最多 10 秒）。',
  search: '按名称或键名搜索',
  empty: '没有匹配的设置项',
  groups: {
    auth: '账号安全',
    uploads: '文件上传',
    people: '人员与花名册',
    calendar: '工作日历',
    center: '中心',
    interactions: '话务与指标',
    exams: '考试',
    evaluation: '新员工评估',
    training: '培训',
    elimination: '淘汰',
    discipline: '纪律记录',
    qualitySampling: '质检抽样与定额',
    qualityFeedback: '质检反馈与申诉',
    qualityOversight: '校准与质检员监督',
    qualityForms: '评分表',
    appraisal: '绩效考核',
    attendance: '考勤',
    drills: '背诵演练',
    mentoring: '导师带教',
    careers: '职业发展',
    analytics: '培训效果',
    home: '工作台',
    other: '其他',
  },
  columns: { name: '设置项', value: '当前值', defaultValue: '默认值', updatedAt: '最近修改' },
  modified: '已修改',
  needsRestart: '需重启生效',
  needsRestartHint: '服务启动时读取一次：保存后要重启服务才生效',
  neverChanged: '未修改过',
  edit: {
    action: '修改',
    title: '修改设置：{label}',
    current: '当前值 {value}，默认值 {defaultValue}',
    useDefault: '填入默认值',
    value: '新值',
    reason: '修改原因',
    reasonPlaceholder: '例如：按 2026 年质检制度调整',
    reasonRule: '请填写修改原因（2–500 个字），它会记入审计日志',
    saved: '已保存：{label}改为 {value}',
    range: '可填 {min} 至 {max}',
    restartNote: '这个设置在服务重启后才生效。',
  },
  items: {
    appraisal: appraisalSettings,
    attendance: attendanceSettings,
    ...drillsSettings,
    ...careersSettings,
    ...analyticsSettings,
    ...homeSettings,
    ...items,
    ...peopleItems,
    ...qualityItems,
  },
};
