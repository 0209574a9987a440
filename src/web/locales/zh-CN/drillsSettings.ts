// 系统设置页的条目：背诵演练（SPEC §5）与导师带教（SPEC §7），按键名嵌套：drills.quizSize → drills.quizSize。
export default {
  drills: {
    targetRetentionPercent: {
      label: '目标记忆保持率',
      help: 'FSRS 排程的目标：卡片到期时仍能答对的比例。越高复习越频繁。',
      unit: '%',
    },
    maximumIntervalDays: { label: '最长复习间隔', help: '一张卡片两次复习之间最长隔多少天。', unit: '天' },
    newCardsPerDay: { label: '每天新卡数', help: '每人每天最多开始学习多少张新卡片。', unit: '张' },
    dailyGoalMinutes: { label: '每日练习目标', help: '每天练习达到这个时长才计入连续打卡天数。', unit: '分钟' },
    similarityPassPercent: {
      label: '答案相似度合格线',
      help: '默写、填空题的答案与标准答案的相似度达到这个比例即算答对（忽略标点和全角半角）。',
      unit: '%',
    },
    masteryStabilityDays: {
      label: '掌握的稳定度',
      help: '卡片的 FSRS 稳定度达到这个天数即算掌握；卡组掌握度为已掌握卡片的占比。',
      unit: '天',
    },
    reviewMaxMinutes: {
      label: '单次复习最多计时',
      help: '一次复习最多计入当天练习时长的分钟数（卡片开着去吃饭不算练习）。',
      unit: '分钟',
    },
    team: {
      missedMinReviews: {
        label: '易错卡片最少复习次数',
        help: '卡片在所选时段至少被复习这么多次，才按“忘记”比例排进易错榜。',
        unit: '次',
      },
      missedTop: { label: '易错卡片榜长度', help: '团队演练页“最常答错的卡片”列出的张数。', unit: '张' },
    },
    maxImportRows: { label: '卡片导入最多行数', help: '一次从 Excel 导入卡片允许的最多行数。', unit: '行' },
    recordingMaxSeconds: { label: '朗读录音最长', help: '朗读卡片一次录音的最长时长。', unit: '秒' },
    recordingMaxMb: { label: '朗读录音最大文件', help: '一段朗读录音文件的最大体积。', unit: 'MB' },
    quizSize: { label: '每日小测题数', help: '每日小测从到期卡片中抽取的题数。', unit: '题' },
    quizCountsInAttitude: {
      label: '小测计入学习态度',
      help: '1 = 新人的每日小测成绩作为日常表现中“学习态度”一项的参考分；0 = 不计入。',
      unit: '',
    },
  },
  mentoring: {
    pool: {
      minTenureMonths: { label: '导师最短司龄', help: '入选导师池至少需要的司龄。', unit: '个月' },
      minQaAverage: { label: '导师质检均分下限', help: '入选导师池需要的近期质检平均分。', unit: '分' },
      qaWindowDays: { label: '质检均分统计期', help: '计算导师候选人质检平均分的最近天数。', unit: '天' },
      minAppraisalScore: { label: '导师绩效分下限', help: '入选导师池需要的最近一次绩效考核总分。', unit: '分' },
      minRating: { label: '导师评分预警线', help: '学员对导师的平均评分（1–5）低于此值时提示更换。', unit: '分' },
    },
  },
};
