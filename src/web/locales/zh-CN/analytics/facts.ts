// analytics.facts.* texts (issue 22); owned by the facts part.
export default {
  asOf: '数据截至 {time}',
  never: '统计数据尚未生成',
  refresh: '刷新',
  refreshHint: '立即按最新记录重算全部统计（每小时也会自动重算）',
};
