// The home page's work items of this area (issue 26): home.kinds.<kind>, with the item's params.
export default {
  examsOpen: 'Take the exam "{title}"',
  examsResume: 'Finish the exam "{title}"',
  examsGrade: 'Grade "{title}": {count} answers to mark',
  drillsQuiz: "Finish today's quiz ({answered}/{total} answered)",
  drillsDue: '{count} drill cards due today to review',
  trainingAttendance: 'Take attendance of "{title}": {count} people not recorded',
  trainingSession: 'Training today: "{title}" at {time} {room}',
  trainingMentorProblem: 'Close the problem met with your mentee {name}: {description}',
  trainingMentorLog: "Write today's mentoring log for {name}",
  evaluationCohortResults: '{cohort}: {count} trainees waiting for certification',
};
