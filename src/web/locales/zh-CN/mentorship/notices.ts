// 带教的通知文字（issue 20），按通知类型；并入 notifications.kinds。
export default {
  mentoring_problem_open: '{name} 在 {date} 跟听中记录的问题未能当天关闭，请尽快处理',
};
