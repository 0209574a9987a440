// errorCode texts of the quiz part of /api/drills (issue 20).
export default {
  QUIZ_NO_CARDS: 'There are no cards to quiz you on yet: no drill deck is meant for you',
  QUIZ_DAY_OVER: 'This quiz belongs to an earlier day and can no longer be answered; start today’s quiz',
  QUIZ_CARD_NOT_IN_QUIZ: 'This card is not a question of the quiz',
  QUIZ_ALREADY_ANSWERED: 'This question has already been answered',
};
