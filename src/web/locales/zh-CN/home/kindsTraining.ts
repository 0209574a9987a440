// The home page's work items of this area (issue 26): home.kinds.<kind>, with the item's params.
export default {
  examsOpen: '参加考试「{title}」',
  examsResume: '继续作答考试「{title}」',
  examsGrade: '阅卷「{title}」：{count} 份答案待评分',
  drillsQuiz: '完成今日小测（已答 {answered}/{total} 题）',
  drillsDue: '今日到期的演练卡片 {count} 张待复习',
  trainingAttendance: '培训「{title}」点名：{count} 人考勤待记录',
  trainingSession: '今日培训「{title}」{time} {room}',
  trainingMentorProblem: '带教学员 {name} 的问题待关闭：{description}',
  trainingMentorLog: '填写学员 {name} 的今日带教日志',
  evaluationCohortResults: '{cohort}：{count} 名学员待认证',
};
