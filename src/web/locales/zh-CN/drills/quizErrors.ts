// errorCode texts of the quiz part of /api/drills (issue 20).
export default {
  QUIZ_NO_CARDS: '还没有可以测验的卡片：暂无适用于你的演练卡组',
  QUIZ_DAY_OVER: '这是往日的小测，已不能作答；请开始今天的小测',
  QUIZ_CARD_NOT_IN_QUIZ: '这张卡片不在本次小测中',
  QUIZ_ALREADY_ANSWERED: '这道题已经作答过了',
};
