// 系统设置页的条目：登录安全、文件上传、人员、中心、工作日历、通话与指标。
export default {
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
};
