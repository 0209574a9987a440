// errorCode texts of the retention part of /api/analytics (issue 22).
export default {
  RETENTION_BAD_RANGE: '入职起始月份不能晚于结束月份',
  RETENTION_GROUPS_REQUIRED: '请选择要对比的两个分组',
  RETENTION_SAME_GROUP: '请选择两个不同的分组进行对比',
  RETENTION_MONTHS_REQUIRED: '查看在册人数时请指定第几个月',
};
