// 职业发展的通知文字（issue 21），按通知类型；并入 notifications.kinds。
export default {
  careers_round_open: '{round} 开始报名：你符合报名条件，可在“竞聘公示”报名',
  careers_shortlisted: '你已入围 {round}，请准备 3 分钟左右的业绩与工作设想陈述',
  careers_declined: '你报名的 {round} 未通过资格筛选，原因见“竞聘公示”中的我的报名',
  careers_scorer_named: '你被邀请为 {round} 的评分人，请在演讲答辩时打分',
  careers_chosen: '恭喜！你在 {round} 中当选储备团队长',
  careers_not_chosen: '{round} 结果已公布：本轮未当选，感谢参与',
};
