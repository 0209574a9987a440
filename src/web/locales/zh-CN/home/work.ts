// 工作台的待办列表（issue 26）：home.work.*。
export default {
  title: '我的待办',
  empty: '没有待办事项',
  total: '共 {count} 项',
  more: '仅显示最早到期的 {shown} 项，共 {count} 项',
  dueToday: '今天到期',
  dueOn: '{day} 到期',
  noDue: '无截止日期',
  overdue: '逾期 {days} 个工作日',
  provisional: '暂定',
  provisionalHint: '日历尚未录入该年的节假日，截止日期按普通周末推算，录入后会重新计算',
  open: '去处理',
  refreshed: '数据更新于 {time}',
};
