// 系统设置页的条目：考试、新员工评估、培训、淘汰、违纪记录。
export default {
  exams: {
    passMark: { label: '及格分', help: '新建考试默认的及格分，也是日常表现的及格线（满分 100）。', unit: '分' },
    dailyPeriodWeeks: { label: '日常表现评估周期', help: '每隔几周做一次日常表现评分。', unit: '周' },
    itemAnalysisMinAttempts: {
      label: '题目分析所需答卷数',
      help: '一场考试至少有这么多份已评分答卷，才显示题目难度和区分度。',
      unit: '份',
    },
    practicalWeightCommunication: {
      label: '实践考核权重：沟通效果',
      help: '新建实践考核时“沟通效果”所占比例；四项权重之和应为 100。',
      unit: '%',
    },
    practicalWeightProblemSolving: {
      label: '实践考核权重：问题解决',
      help: '新建实践考核时“问题解决”所占比例；四项权重之和应为 100。',
      unit: '%',
    },
    practicalWeightServiceAttitude: {
      label: '实践考核权重：服务态度',
      help: '新建实践考核时“服务态度”所占比例；四项权重之和应为 100。',
      unit: '%',
    },
    practicalWeightEmergencyHandling: {
      label: '实践考核权重：突发处理',
      help: '新建实践考核时“突发情况处理”所占比例；四项权重之和应为 100。',
      unit: '%',
    },
    sweepSeconds: {
      label: '超时答卷检查间隔',
      help: '服务器每隔多久自动交上已到时间的答卷；0 表示暂停检查。修改后无需重启，几秒内生效（多台服务器时最多约 20 秒）。',
      unit: '秒',
    },
    embeddedFileMaxKb: {
      label: '题目内嵌文件上限',
      help: '导入 Moodle 题库时，题目中内嵌的单个图片或文件的最大大小；超过的文件不保存，并在导入报告中列出。',
      unit: 'KB',
    },
    importMaxUploadMb: {
      label: '题库文件大小上限',
      help: '导入题库时可上传的文件（Moodle XML、GIFT 或 .xlsx）的最大体积；超过时会提示上限并拒绝。',
      unit: 'MB',
    },
  },
  evaluation: {
    examFailBelow: {
      label: '考试不及格线',
      help: '淘汰标准 1、2：理论或实践考试低于此分记为一次不及格。',
      unit: '分',
    },
    theoryFailsInRow: {
      label: '理论考试连续不及格次数',
      help: '淘汰标准 1：理论考试连续不及格达到此次数即列入淘汰候选。',
      unit: '次',
    },
    practicalFailsInRow: {
      label: '实践考试连续不及格次数',
      help: '淘汰标准 2：实践考试连续不及格达到此次数即列入淘汰候选。',
      unit: '次',
    },
    dailyAverageBelow: {
      label: '日常表现平均分下限',
      help: '淘汰标准 3：日常表现平均分低于此分，且多次提醒后仍无明显改善。',
      unit: '分',
    },
    dailyReminders: { label: '日常表现提醒次数', help: '淘汰标准 3：需要先有这么多次有记录的提醒。', unit: '次' },
    dailyClearImprovementPoints: {
      label: '“明显改善”的提分幅度',
      help: '淘汰标准 3：最后一次提醒后的平均分比之前至少高出这么多分，算明显改善。',
      unit: '分',
    },
    attendanceBreaches: {
      label: '培训期违纪次数',
      help: '淘汰标准 4：培训期内无故迟到、早退、缺勤合计达到此次数。',
      unit: '次',
    },
    misconductRecords: {
      label: '其他违纪记录条数',
      help: '淘汰标准 4：已确认且未过期的其他纪律记录（迟到、早退、缺勤以外）达到此条数。',
      unit: '条',
    },
  },
  training: {
    needsWeightOrganization: {
      label: '需求调研权重：组织（上级）',
      help: '汇总培训需求调研时，上级答卷的权重；组织需求应高于个人意愿。',
      unit: '',
    },
    needsWeightIndividual: {
      label: '需求调研权重：个人',
      help: '汇总培训需求调研时，员工本人答卷的权重。',
      unit: '',
    },
    oneToOneDailyHours: {
      label: '一对一跟听每日上线时长上限',
      help: '一对一带教阶段学员每天接听的最长时间，留出复盘时间。',
      unit: '小时',
    },
    groupMentorMaxTrainees: {
      label: '一对多带教人数上限',
      help: '一位导师在小组跟听阶段最多同时带的学员数。',
      unit: '人',
    },
    attendancePoints: {
      label: '日常表现中的出勤分',
      help: '日常表现评分里出勤一项的满分，按培训签到情况折算。',
      unit: '分',
    },
    lateMinorMinutes: {
      label: '轻微迟到的界限',
      help: '迟到不超过这么多分钟算轻微迟到，超过算严重迟到。',
      unit: '分钟',
    },
    creditLateMinor: {
      label: '轻微迟到的出勤折算',
      help: '轻微迟到的一节课按出勤的这个比例计分（1 = 全勤，0 = 缺勤）。',
      unit: '',
    },
    creditLateMajor: {
      label: '严重迟到的出勤折算',
      help: '严重迟到的一节课按出勤的这个比例计分（1 = 全勤，0 = 缺勤）。',
      unit: '',
    },
    creditLeftEarly: {
      label: '早退的出勤折算',
      help: '早退的一节课按出勤的这个比例计分（1 = 全勤，0 = 缺勤）。',
      unit: '',
    },
    attendanceOpensMinutesBefore: {
      label: '提前开放签到',
      help: '课程开始前这么多分钟起，讲师可以记录考勤。',
      unit: '分钟',
    },
  },
  elimination: {
    noticeWorkingDays: {
      label: '淘汰公示期',
      help: '淘汰名单在公司内部公示的时长，按法定工作日（含调休）计算。',
      unit: '个工作日',
    },
    attachmentMaxMb: { label: '淘汰材料附件大小上限', help: '淘汰案件中单个证据附件的最大体积。', unit: 'MB' },
  },
  discipline: {
    expiryDays: {
      label: '纪律记录有效期',
      help: '自发生之日起算，过期的纪律记录不再计入淘汰标准、储备干部资格和绩效。',
      unit: '天',
    },
    attachmentMaxMb: { label: '纪律记录附件大小上限', help: '纪律记录中单个证据附件的最大体积。', unit: 'MB' },
  },
};
