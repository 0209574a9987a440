// 系统设置页的条目：考勤（SPEC §10）。按键名嵌套：attendance.clock.graceMinutes → clock.graceMinutes。
export default {
  roster: {
    maxDays: { label: '排班周期最长天数', help: '一张排班表最多覆盖的天数（一个月为 31 天）。', unit: '天' },
    maxImportRows: { label: '排班导入最多行数', help: '一次导入排班表允许的最多行数。', unit: '行' },
  },
  clock: {
    graceMinutes: {
      label: '迟到宽限',
      help: '上班打卡晚于班次开始不超过这个时长仍算准时；下班早退同理。',
      unit: '分钟',
    },
    halfDayAbsentMinutes: {
      label: '迟到按半天旷工',
      help: '未请假迟到或早退超过这个时长，按旷工半天计。',
      unit: '分钟',
    },
    windowBeforeMinutes: { label: '班前打卡窗口', help: '班次开始前多久以内的打卡算作本班次的上班卡。', unit: '分钟' },
    windowAfterMinutes: { label: '班后打卡窗口', help: '班次结束后多久以内的打卡算作本班次的下班卡。', unit: '分钟' },
    maxImportRows: { label: '打卡导入最多行数', help: '一个打卡文件允许的最多行数。', unit: '行' },
  },
  leave: {
    leadMaxDays: { label: '团队长可批天数', help: '不超过这个天数的请假由团队长审批即可。', unit: '天' },
    managerMaxDays: {
      label: '中心经理可批天数',
      help: '超过团队长权限、不超过这个天数的请假还需中心经理审批；更长的还需人力资源审批。',
      unit: '天',
    },
    annualDaysFrom1Year: {
      label: '年假（累计工作满 1 年）',
      help: '累计工作满 1 年不满 10 年的年休假天数。',
      unit: '天',
    },
    annualDaysFrom10Years: { label: '年假（满 10 年）', help: '累计工作满 10 年不满 20 年的年休假天数。', unit: '天' },
    annualDaysFrom20Years: { label: '年假（满 20 年）', help: '累计工作满 20 年的年休假天数。', unit: '天' },
    sickNoteAfterDays: { label: '病假需证明天数', help: '病假超过这个天数需上传医院证明。', unit: '天' },
    toilHoursPerDay: { label: '调休每天折算小时', help: '用调休请一天假扣这么多小时（半天扣一半）。', unit: '小时' },
    fileMaxMb: { label: '请假证明文件上限', help: '请假申请每次上传的证明文件（病假条、证明）最大大小。', unit: 'MB' },
  },
  overtime: {
    toilExpiryMonths: { label: '调休有效期', help: '加班换来的调休在这么多个月后过期。', unit: '个月' },
    toilByDefault: { label: '加班默认换休', help: '1 = 加班默认换调休，0 = 默认计加班费。', unit: '' },
    maxHoursPerDay: { label: '每天加班上限', help: '一天可申请或记录的加班最多小时数。', unit: '小时' },
    swapMinRestHours: { label: '换班后最短休息', help: '换班后两个班次之间至少要间隔的小时数。', unit: '小时' },
    swapMaxDaysInRow: {
      label: '换班后最多连续上班',
      help: '换班后连续上班的天数不得超过此数（每周至少休息一天）。',
      unit: '天',
    },
  },
  staffing: {
    serviceLevelPercent: { label: '服务水平目标', help: '在目标秒数内接起的来电比例。', unit: '%' },
    serviceLevelSeconds: { label: '服务水平秒数', help: '服务水平目标所指的接起时限。', unit: '秒' },
    shrinkagePercent: { label: '缺勤折损率', help: '休假、培训、会议、休息等不在线时间占排班时间的比例。', unit: '%' },
    forecastWeeks: { label: '预测参考周数', help: '按最近这么多周同一星期几同一时段的平均量预测。', unit: '周' },
    intervalMinutes: { label: '时段长度', help: '人力需求按这个长度的时段计算。', unit: '分钟' },
  },
};
