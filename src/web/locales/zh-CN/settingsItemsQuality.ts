// 系统设置页的条目：质检。
export default {
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
};
