// The home page's panels (issue 26 item 2): home.panels.*.
export default {
  title: '我管理的人员表现',
  titleSelf: '我的表现',
  empty: '暂无数据',
  series: { people: '团队', me: '我', team: '本组', target: '目标' },
  qa: {
    title: 'QA 质检得分（按周）',
    hint: '阴影为 {level}% 置信区间',
    week: '{week} 当周',
    line: '{name}：均分 {mean}（{n} 次）',
    lineMargin: '{name}：均分 {mean}（{n} 次），区间 {low}–{high}',
    none: '{name}：无评分',
  },
  kpi: {
    title: '本月 FCR / CSAT / AHT',
    aht: 'AHT {value} 秒（目标 ≤ {target} 秒）',
    ahtTeam: '；本组 {value} 秒',
    handled: '已处理 {count} 通',
    none: '本月暂无话务',
  },
  attendance: { title: '本周考勤异常', late: '迟到', earlyLeave: '早退', absent: '缺勤' },
  atRisk: { title: '风险学员', unit: '人', hint: '已达到或接近淘汰标准的学员' },
};
