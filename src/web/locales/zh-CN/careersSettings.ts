// 系统设置页的条目：职业发展（SPEC §11，issue 21），按键名嵌套：careers.reserve.talkMinutes。
export default {
  careers: {
    reserve: {
      roundMonths: {
        label: '储备团队长竞聘周期',
        help: '每隔多少个月举行一次储备团队长竞聘（默认每季度）。',
        unit: '个月',
      },
      minTenureMonths: { label: '竞聘最低司龄', help: '连续在职满这么多个月才有资格报名。', unit: '个月' },
      topSharePercent: {
        label: '业绩排名前列比例',
        help: '业绩需排在本班组前这个比例之内（默认前三分之一）。',
        unit: '%',
      },
      resultCycles: {
        label: '参考绩效周期数',
        help: '有绩效结果时，取最近这么多个已发布的考核周期的平均分排名。',
        unit: '期',
      },
      resultWindowDays: {
        label: '质检业绩统计天数',
        help: '尚无绩效结果时，按最近这么多天的质检平均分排名。',
        unit: '天',
      },
      disciplineWindowMonths: {
        label: '违纪记录追溯月数',
        help: '最近这么多个月内有已确认的违纪记录即不符合资格。',
        unit: '个月',
      },
      nominationDays: { label: '报名期默认天数', help: '开启一轮竞聘时报名窗口的默认长度。', unit: '天' },
      talkMinutes: { label: '竞聘演讲时长', help: '每位候选人陈述业绩与工作设想的时长（默认 3 分钟）。', unit: '分钟' },
      peerWeightPercent: {
        label: '员工评分权重',
        help: '最终得分中员工（同事）评分的占比，其余为评委评分。',
        unit: '%',
      },
      minPanelScores: { label: '最少评委评分数', help: '候选人至少要有这么多位评委完成评分，结果才有效。', unit: '份' },
    },
    trainerLevels: {
      windowMonths: {
        label: '讲师晋级统计月数',
        help: '授课时长、学员评分和学员成绩按最近这么多个月统计。',
        unit: '个月',
      },
    },
  },
};
