// errorCode texts of the rates part of /api/analytics (issue 22).
export default {
  RATES_RANGE_REVERSED: '结束日期不能早于开始日期',
  RATES_HIRED_RANGE_REVERSED: '入职月份的结束月不能早于开始月',
  RATES_ELIMINATED_BY: '淘汰人员只能按培训项目或讲师查看',
};
