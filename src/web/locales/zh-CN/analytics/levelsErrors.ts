// errorCode texts of the levels part of /api/analytics (issue 22).
export default {
  PAIR_SAME_EXAM: '前测和后测必须是两场不同的考试',
  PAIR_EXISTS: '这两场考试已经配对过了',
};
