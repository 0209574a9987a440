// errorCode texts of the report part of /api/analytics (issue 22).
export default {
  REPORT_MONTH_FUTURE: '该月份尚未开始，无法生成报告',
};
