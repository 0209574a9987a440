// The home page's work items of this area (issue 26): home.kinds.<kind>, with the item's params.
export default {
  examsOpen: '参加考试「{title}」',
  examsResume: '继续作答考试「{title}」',
  examsGrade: '阅卷「{title}」：{count} 份答案待评分',
};
