// errorCode texts of the practice part of /api/drills (issue 20).
export default {
  DRILL_NO_EMPLOYEE: '你的账号没有关联员工档案，没有演练卡片',
  DRILL_ANSWER_REQUIRED: '请先输入答案',
  DRILL_CHOICE_REQUIRED: '请选择一个选项',
  DRILL_CHOICE_UNKNOWN: '所选答案不是这张卡片的选项，请刷新后重试',
  DRILL_SELF_RATING_REQUIRED: '请为这次朗读自评（重来/困难/良好/容易）',
  DRILL_REVIEW_CONFLICT: '这张卡片刚刚已在别处作答，请刷新队列',
};
