// The home page's work items of this area (issue 26): home.kinds.<kind>, with the item's params.
export default {
  qualitySampleQueue: '今日质检抽样：已评 {done} / 配额 {quota}，队列中还有 {open} 条待评',
  qualityFeedbackDue: '向 {agent} 反馈 {day} 的质检结果（得分 {score}）',
  qualityCalibration: '校准会「{title}」待盲评：已评 {scored} / {total} 条',
  qualityDispute: '裁定 {agent} 对 {day} 质检的申诉（原得分 {score}）',
  qualityFeedbackAck: '查看并确认 {day} 的质检反馈（得分 {score}）',
  qualityDisputeAnswer: '你对 {day} 质检的申诉已裁定：{before} → {after}，请查看',
};
