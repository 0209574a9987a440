// The home page's work items of this area (issue 26): home.kinds.<kind>, with the item's params.
export default {
  attendanceLeaveToDecide: '审批 {name} 的请假：{from} 至 {to}，共 {days} 天',
  attendanceLeaveApproved: '你的请假（{from} 至 {to}，{days} 天）已批准',
  attendanceLeaveRejected: '你的请假（{from} 至 {to}，{days} 天）未获批准',
  attendanceSwapToAnswer: '{name} 想和你换班：{day} ↔ {colleagueDay}，请答复',
  attendanceSwapToApprove: '审批换班：{name} 与 {colleague}，{day} ↔ {colleagueDay}',
  attendanceShift: '{day} 班次：{shift}（{start}–{end}）',
  appraisalReview: '考核“{cycle}”：还有 {count} 张组员考核表待你评审',
  appraisalConfirm: '考核“{cycle}”的结果已出（{grade}），请确认或申诉',
  appraisalAppealToReview: '复核 {name} 对 {kpi} 的考核申诉',
  appraisalAppealToDecide: '裁决 {name} 对 {kpi} 的考核申诉（组长已复核）',
  appraisalPublish: '考核“{cycle}”处于终审，待发布结果',
  appraisalFollowUp: '跟进 {name} 的绩效改进（等级 {grade}）',
  analyticsWarning: '{name} 的 {metric} 连续下滑，请采取措施',
};
