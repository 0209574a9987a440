// Mentoring notice texts (issue 20), by notice kind; spread into notifications.kinds.
export default {
  mentoring_problem_open: 'A problem {name} met while shadowing on {date} was not closed that day; please follow it up',
};
