import appraisalSettings from './appraisalSettings';

// 系统设置页（pages/settings）。items 按设置键的路径嵌套（auth.lockMinutes → items.auth.lockMinutes），
// 页面用键直接查到名称、说明和单位；settingLabels.test.ts 检查服务端的每个键在两种语言里都有条目。
export default {
  menu: '系统设置',
  title: '系统设置',
  intro: '规则里的每个数字都可以在这里调整。修改需要填写原因，写入审计日志；保存后立即生效（多台服务器时最多 10 秒）。',
  search: '按名称或键名搜索',
  empty: '没有匹配的设置项',
  groups: {
    auth: '账号安全',
    uploads: '文件上传',
    people: '人员与花名册',
    calendar: '工作日历',
    center: '中心',
    interactions: '话务与指标',
    exams: '考试',
    evaluation: '新员工评估',
    training: '培训',
    elimination: '淘汰',
    discipline: '纪律记录',
    qualitySampling: '质检抽样与定额',
    qualityFeedback: '质检反馈与申诉',
    qualityOversight: '校准与质检员监督',
    qualityForms: '评分表',
    appraisal: '绩效考核',
    other: '其他',
  },
  columns: { name: '设置项', value: '当前值', defaultValue: '默认值', updatedAt: '最近修改' },
  modified: '已修改',
  needsRestart: '需重启生效',
  needsRestartHint: '服务启动时读取一次：保存后要重启服务才生效',
  neverChanged: '未修改过',
  edit: {
    action: '修改',
    title: '修改设置：{label}',
    current: '当前值 {value}，默认值 {defaultValue}',
    useDefault: '填入默认值',
    value: '新值',
    reason: '修改原因',
    reasonPlaceholder: '例如：按 2026 年质检制度调整',
    reasonRule: '请填写修改原因（2–500 个字），它会记入审计日志',
    saved: '已保存：{label}改为 {value}',
    range: '可填 {min} 至 {max}',
    restartNote: '这个设置在服务重启后才生效。',
  },
  items: {
    appraisal: appraisalSettings,
    auth: {
      lockAfterFailures: {
        label: '连续失败几次后锁定账号',
        help: '密码连续输错达到此次数，账号被临时锁定（至少 1 次）。',
        unit: '次',
      },
      lockMinutes: {
        label: '账号锁定时长',
        help: '锁定后经过这段时间自动解锁；连续再被锁定，每次时长加倍。管理员可以立即解锁。',
        unit: '分钟',
      },
      lockMaxMinutes: { label: '账号锁定最长时长', help: '连续锁定时长加倍，最多到此为止。', unit: '分钟' },
      addressMaxFailures: {
        label: '同一地址登录失败上限',
        help: '同一网络地址在一个时间窗内最多可输错密码的次数，超过后需等待（登录成功不计）。很多用户共用一个出口地址（NAT）时请调高。',
        unit: '次',
      },
      addressWindowMinutes: {
        label: '同一地址计数时间窗',
        help: '统计同一地址登录失败次数的时间窗长度。',
        unit: '分钟',
      },
      sessionHours: { label: '登录有效期', help: '超过这段时间没有操作就需要重新登录（至少 1 小时）。', unit: '小时' },
      minPasswordLength: { label: '密码最短长度', help: '设置或修改密码时的最少字符数（至少 6 位）。', unit: '位' },
    },
    uploads: {
      maxMb: {
        label: '上传文件大小上限',
        help: '没有单独限制的上传（如题库导入）一次最多可以传的文件大小，超过会明确提示。服务启动时读取：修改后重启才生效。',
        unit: 'MB',
      },
      xlsxMaxUncompressedMb: {
        label: 'Excel 文件解压后大小上限',
        help: '.xlsx 文件本身是压缩包。解压后超过此大小的文件在读取前就被拒绝（花名册、题库）：很小的文件解压出几个 GB 会拖垮服务器。',
        unit: 'MB',
      },
      xlsxStreamedMaxUncompressedMb: {
        label: '话务 Excel 导入解压后大小上限',
        help: '话务、工单导入同理；这类文件逐段读取，可以大得多（最多 4000）。',
        unit: 'MB',
      },
      xlsxMaxRatio: {
        label: 'Excel 文件压缩比上限',
        help: '.xlsx 中某一部分解压后超过压缩大小的这么多倍，就按“压缩炸弹”拒绝；正常表格远低于 100（至少 10）。',
        unit: '倍',
      },
    },
    people: {
      rosterMaxRows: { label: '花名册单次导入行数上限', help: '一个花名册文件最多可以包含的人员行数。', unit: '行' },
      rosterMaxUploadMb: {
        label: '花名册文件大小上限',
        help: '可上传的花名册文件（.xlsx 或 .csv）的最大体积；超过时会提示上限并拒绝。',
        unit: 'MB',
      },
    },
    center: {
      utcOffsetMinutes: {
        label: '中心时区（与 UTC 相差）',
        help: '决定“今天”、按日统计和考勤时间；北京时间为 480（UTC+8），格林尼治以西为负数，如纽约 −300（UTC−5，夏令时期间需改为 −240）。可填 −720 至 840；已导入的话务和已记下的日期不随之改动。',
        unit: '分钟',
      },
    },
    calendar: {
      warnFromMonth: {
        label: '缺明年日历的提醒：起始月',
        help: '每年从这个月（和下面的日）起，系统管理员、人事和培训经理的首页提示明年的节假日/调休日历还没有录入（默认 11 月 1 日）。',
        unit: '月',
      },
      warnFromDay: {
        label: '缺明年日历的提醒：起始日',
        help: '和上面的月一起决定从哪一天开始提醒；该月没有这一天时按月末算。',
        unit: '日',
      },
      maxUploadKb: {
        label: '日历文件大小上限',
        help: '可上传的节假日日历文件（CSV 或 .ics）的最大体积；一年只有几十行。',
        unit: 'KB',
      },
    },
    interactions: {
      serviceLevelSeconds: {
        label: '服务水平阈值',
        help: '在此秒数内接起的来电计入服务水平。修改后，历史服务水平会在后台按新阈值重算，进度显示在坐席指标、班组指标页上。',
        unit: '秒',
      },
      importBatchRows: {
        label: '话务导入每批行数',
        help: '导入时每写入这么多行提交一次（最多 100000）；越大越快，但占用内存更多。',
        unit: '行',
      },
      maxUploadMb: { label: '话务文件大小上限', help: '单个话务数据文件的最大体积。', unit: 'MB' },
      maxRejectsKept: {
        label: '每次导入保留的错误行数',
        help: '被拒绝的行最多保留这么多条，供查看和下载错误报告。',
        unit: '行',
      },
    },
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
    quality: {
      sampling: {
        minimumPerWeek: {
          label: '每人每周至少抽检',
          help: '每位坐席每周至少抽检的交互数；交互不足时全部抽检。',
          unit: '通',
        },
        sharePercent: {
          label: '抽检比例',
          help: '每位坐席每周交互量中抽检的比例（制度建议 5%–15%）；与最少数量取较大者。',
          unit: '%',
        },
        hourBandHours: {
          label: '抽样时段宽度',
          help: '把一天切成这么宽的时段，按各时段的量分配样本，避免只抽空闲时段。',
          unit: '小时',
        },
        newHireAllWorkingDays: {
          label: '新员工全检天数',
          help: '新员工上线的前几个工作日，每一通交互都抽检。',
          unit: '个工作日',
        },
        newHireStage1Percent: {
          label: '新员工第一阶段抽检比例',
          help: '全检期之后、转正之前的抽检比例，直到最近若干次评估都合格。',
          unit: '%',
        },
        newHireStage2Percent: {
          label: '新员工第二阶段抽检比例',
          help: '第一阶段达标后的抽检比例，再次达标后回到普通比例。',
          unit: '%',
        },
        newHirePassesPerStage: {
          label: '每阶段需连续合格次数',
          help: '新员工连续合格这么多次评估，抽检比例降一级。',
          unit: '次',
        },
        poorScoreBelow: {
          label: '低分线',
          help: '最近几次评估的平均分低于此分的坐席，按低分比例加大抽检。',
          unit: '分',
        },
        poorScoreRecentEvaluations: {
          label: '低分看最近几次评估',
          help: '计算低分平均分时取最近的这么多次评估。',
          unit: '次',
        },
        poorScoreLookbackDays: { label: '低分回看天数', help: '只看这么多天内的评估。', unit: '天' },
        poorScorePercent: { label: '低分坐席抽检比例', help: '低分坐席每周交互量中抽检的比例。', unit: '%' },
        followUpPercent: {
          label: '问题跟踪中的坐席抽检比例',
          help: '坐席有问题正在跟踪时的抽检比例，直到问题解决。',
          unit: '%',
        },
        changeEventPercent: {
          label: '变更期默认加抽比例',
          help: '登记知识、系统或流程变更时默认额外加抽的比例。',
          unit: '%',
        },
        changeEventDays: { label: '变更期默认持续天数', help: '登记变更时默认的加抽持续天数。', unit: '天' },
      },
      quota: {
        live: {
          label: '每日定额：在线监控',
          help: '每位质检员每天至少在线监听的交互数（可按话务量调整）。',
          unit: '通',
        },
        recording: { label: '每日定额：录音抽查', help: '每位质检员每天至少抽查的录音数。', unit: '通' },
        sideBySide: { label: '每日定额：即席监控', help: '每位质检员每天至少在坐席旁监控的次数。', unit: '次' },
      },
      feedback: {
        individualWorkingDays: {
          label: '个人问题反馈时限',
          help: '评分后这么多个工作日内，要把个人问题一对一反馈给坐席。',
          unit: '个工作日',
        },
        commonWorkingDays: {
          label: '共性问题反馈时限',
          help: '评分后这么多个工作日内，要把共性问题集中反馈（如班组会议）。',
          unit: '个工作日',
        },
      },
      dispute: {
        windowWorkingDays: {
          label: '申诉期限',
          help: '坐席收到反馈（未反馈则自评分日）起，这么多个工作日内可以申诉。',
          unit: '个工作日',
        },
      },
      calibration: {
        tolerance: {
          label: '校准允许偏差',
          help: '与共识分或资深质检员的分数相差不超过这么多分，算一致。',
          unit: '分',
        },
        agreementMinN: {
          label: '一致性指标所需的评分数',
          help: '校准报告中某类条目至少有这么多个"条目×通话"被两名以上质检员评分，才显示 κ 或 α；不足时显示"样本太少"。',
          unit: '个',
        },
      },
      fitness: {
        maxDeviation: {
          label: '质检员适任：最大平均偏差',
          help: '质检员的校准评分平均高于或低于共识超过此分数即被标记，并提醒质检主管。',
          unit: '分',
        },
        minCalibrations: {
          label: '质检员适任：所需校准次数',
          help: '窗口期内至少有这么多次校准评分，才判断质检员是否适任。',
          unit: '次',
        },
        windowDays: {
          label: '质检员适任：窗口期',
          help: '计入适任判断的校准评分天数；暂停资格时，同一窗口期内该质检员的评估会被标记。',
          unit: '天',
        },
      },
      oversight: {
        periodDays: { label: '质检员监督默认周期', help: '质检员监督页面默认查看最近这么多天。', unit: '天' },
        leniencyPoints: {
          label: '偏松/偏严的分差',
          help: '质检员的分数与同类评估的他人平均相差至少这么多分，才可能被标为偏松或偏严。',
          unit: '分',
        },
        significancePercent: {
          label: '显著性水平',
          help: '差异在统计上显著（p 值低于此值）才标记，避免误伤公正的质检员。',
          unit: '%',
        },
        minEvaluations: { label: '判断所需评估数', help: '质检员至少有这么多条可比较的评估，才参与判断。', unit: '条' },
        inconsistencyRatio: {
          label: '不一致倍数',
          help: '质检员对同一评分项的打分波动达到他人的这么多倍，标为不一致。',
          unit: '倍',
        },
      },
      evaluators: {
        testPassMark: { label: '新质检员测试及格分', help: '新质检员上岗前测试的及格分。', unit: '分' },
        coScoresNeeded: {
          label: '新质检员需达标的陪评次数',
          help: '新质检员与资深质检员同评、偏差在允许范围内的次数达到此数，才可认证。',
          unit: '次',
        },
      },
      agentScore: {
        minEvaluations: {
          label: '坐席质检分所需评估数',
          help: '评估少于此数时，坐席质检分显示“样本不足”。',
          unit: '条',
        },
        confidencePercent: { label: '坐席质检分置信度', help: '坐席质检分误差范围（±）的置信水平。', unit: '%' },
      },
      forms: {
        defaultPassScore: {
          label: '评分表默认合格分',
          help: '新建评分表时的合格分；每个版本保留自己的合格分。',
          unit: '分',
        },
      },
    },
  },
};
