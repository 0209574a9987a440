// 系统设置页的条目：培训效果分析（SPEC §12，issue 22），按键名嵌套：analytics.warnings.weeks。
export default {
  analytics: {
    confidencePercent: {
      label: '置信水平',
      help: '留存曲线置信带、比率区间、差异与收缩估计所用的置信水平。',
      unit: '%',
    },
    refreshMinutes: { label: '分析数据刷新间隔', help: '后台每隔这么多分钟重建一次分析汇总表。', unit: '分钟' },
    retention: {
      baselinePercent: {
        label: '留存基准',
        help: '入职满基准月数时仍在职的比例基准（研究中心一年留存 55%）。',
        unit: '%',
      },
      baselineMonths: { label: '留存基准月数', help: '留存基准对应的入职月数（默认 12 个月）。', unit: '个月' },
    },
    levels: {
      behaviourWindowDays: {
        label: '行为层观察窗口',
        help: '培训结束后按这个天数的 1、2、3 倍（30/60/90 天）统计真实通话的质检得分。',
        unit: '天',
      },
      kpiWindowMonths: {
        label: '结果层前后对比月数',
        help: '在职培训前后各取这么多个整月的 KPI，与同期未参训的对照组比较（双重差分）。',
        unit: '个月',
      },
    },
    effects: {
      followMonths: {
        label: '讲师/导师效果跟踪月数',
        help: '学员上岗后这么多个月内的质检与 KPI 计入讲师和导师效果。',
        unit: '个月',
      },
      minLearners: { label: '参与排名最少学员数', help: '学员少于这个数的讲师或导师只显示不排名。', unit: '人' },
    },
    warnings: {
      weeks: { label: '预警观察周数', help: '按最近这么多周的周度数据判断是否持续下滑。', unit: '周' },
      method: {
        label: '下滑判定方法',
        help: '1 = 按各周数值的最小二乘斜率计算跨度内的降幅；2 = 每周都比上一周低。',
        unit: '',
      },
      qaDropPoints: { label: '质检下滑预警分差', help: '质检得分在观察期内下降达到这么多分即预警。', unit: '分' },
      kpiDropPercent: { label: 'KPI 下滑预警幅度', help: '某项 KPI 在观察期内变差达到这个百分比即预警。', unit: '%' },
      minWeeklyEvaluations: {
        label: '每周最少质检数',
        help: '一周的质检评估少于这个数，该周不计入质检趋势。',
        unit: '份',
      },
      minWeeklyContacts: {
        label: '每周最少接待量',
        help: '一周处理的联络少于这个数，该周不计入 KPI 趋势。',
        unit: '个',
      },
    },
  },
};
