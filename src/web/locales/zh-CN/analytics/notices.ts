// 培训效果的通知文字（issue 22），按通知类型；并入 notifications.kinds。由预警部分维护。
export default {
  analytics_warning: '预警：{name} 的 {metric} 近 {weeks} 周持续下降，请查看原因并记录改进措施',
};
