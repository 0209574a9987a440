// errorCode texts of the levels part of /api/analytics (issue 22).
export default {
  PAIR_SAME_EXAM: 'The pre-test and the post-test must be two different exams',
  PAIR_EXISTS: 'These two exams are already paired for this program',
};
