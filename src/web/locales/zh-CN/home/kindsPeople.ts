// The home page's work items of this area (issue 26): home.kinds.<kind>, with the item's params.
export default {
  eliminationPropose: '学员 {name} 已达到淘汰标准：请决定是否列入初步名单',
  eliminationInterview: '与 {name} 进行淘汰面谈并记录',
  eliminationNotice: '发布 {name} 的淘汰公示',
  eliminationAppeal: '答复 {appellant} 对 {name} 淘汰公示的申诉',
  eliminationDecision: '{name} 的淘汰公示已结束，请作出最终决定',
  eliminationOffboarding: '办理 {name} 的离职手续：还有 {count} 项未完成',
  eliminationExitTalk: '与 {name} 进行离职面谈并记录',
  evaluationAtRisk: '学员 {name} 距淘汰标准仅差一次（{count} 项预警）',
  disciplineDecide: '确认或撤销 {name} {occurredOn} 的纪律记录',
  disciplineAppeal: '答复 {name} 对 {occurredOn} 纪律记录的申诉',
  careersScreen: '筛选「{round}」的报名：还有 {count} 人待筛选',
  calendarYearMissing: '{year} 年的节假日安排尚未录入，期限均为暂定：请立即录入',
  calendarNextYearMissing: '{year} 年的节假日安排尚未录入：请在年底前录入',
  systemFailedImport: '话务数据导入失败：查看原因并重试',
  systemFailedJob: '后台任务 {job} 失败：{error}',
};
