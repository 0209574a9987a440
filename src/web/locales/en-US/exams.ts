import type zh from '../zh-CN/exams';

// Assessments (issue 4): question bank, papers, exams, taking an exam, grading.
const en: typeof zh = {
  menu: { group: 'Assessments', my: 'My exams', questions: 'Question bank', papers: 'Papers', manage: 'Exams', grading: 'Grading', followups: 'Follow-ups', daily: 'Daily performance' },
  types: { single: 'Single choice', multiple: 'Multiple choice', true_false: 'True/false', fill_blank: 'Fill in the blank', matching: 'Matching', numerical: 'Numerical', short_answer: 'Short answer', essay: 'Essay' },
  difficulty: { easy: 'Easy', medium: 'Medium', hard: 'Hard' },
  status: { draft: 'Draft', open: 'Open', closed: 'Closed', released: 'Results released' },
  fields: {
    category: 'Category', pairs: 'Pairs', numeric: 'Numerical answers', units: 'Units', unitPenalty: 'Unit penalty (share)', wildcards: 'Allow * wildcards',
    type: 'Type', stem: 'Question', difficulty: 'Difficulty', points: 'Points', tags: 'Tags', tag: 'Tag', version: 'Version', options: 'Options',
    correct: 'Correct', answer: 'Answer', blanks: 'Blank answers', rubric: 'Rubric', referenceAnswer: 'Reference answer', explanation: 'Explanation',
    reason: 'Reason for change', title: 'Title', updatedAt: 'Updated', employeeNo: 'Employee no.', name: 'Name', team: 'Team',
  },
  bank: {
    export: 'Export to Excel', exportMoodle: 'Export Moodle XML', exportGift: 'Export GIFT', exportMenu: 'Export', category: 'Category (with subcategories)',
    pairsHint: 'One pair a line: prompt -> answer; "-> answer" alone adds an extra wrong answer', numericHint: 'One answer a line: value ± tolerance credit%, e.g. 3.14 ± 0.01 100%', unitsHint: 'One unit a line: unit multiplier; the first is the base unit, e.g. m 1, cm 100',
    keptHint: 'Partial-credit answers, per-answer feedback and images imported from Moodle are kept as they are.', title: 'Question bank', import: 'Import questions', new: 'New question', edit: 'Edit question', search: 'Search questions', saved: 'Question saved',
    addOption: 'Add option', blanksHint: 'One line per blank; separate accepted variants with |',
    history: 'History', archive: 'Archive', archiveConfirm: 'An archived question is no longer drawn or added to papers; past attempts keep it. Archive it?', archived: 'Question archived',
  },
  history: {
    title: 'Version history', version: 'Version {n}', current: 'Current', by: 'By {name}', changed: 'Changed', noChange: 'No content change',
    first: 'First version', hint: 'Highlighted fields differ from the previous version.',
  },
  import: {
    title: 'Import questions', intro: 'GIFT, Moodle XML and the Excel template are supported. You see a preview before anything is created; unsupported question types are listed and skipped.',
    format: 'Format', auto: 'By file extension', template: 'Download Excel template', drag: 'Click or drop a file here', uploading: 'Reading…',
    willCreate: '{n} questions will be created', skipped: '{n} questions have an unsupported type and are skipped (not imported)', errors: '{n} questions have errors; fix the file and upload it again',
    notSupported: 'this type is not supported', warnings: '{n} thing(s) could not be kept in full (the questions are still imported):',
    skipTypes: { calculated: 'Calculated', ddwtos: 'Drag and drop', gapselect: 'Select missing words', multianswer: 'Embedded answers (Cloze)', description: 'Description' },
    commit: 'Import {n} questions', committed: '{n} questions imported',
  },
  papers: {
    title: 'Papers', new: 'New paper', saved: 'Paper saved', mode: 'Mode', random: 'Random by rules', fixed: 'Fixed questions', rules: 'Rules',
    rule: 'Rule', count: 'Count', pointsEach: 'Points each', addRule: 'Add rule', needed: 'Needed', available: 'Available', enough: 'Enough',
    short: 'Too few', shortHint: 'Some rules lack questions; the exam could not open. Add questions or change the rules.', questions: 'Questions', content: 'Content',
    nQuestions: '{n} questions', anyType: 'Any type', pointsN: '{n} pts',
  },
  manage: {
    graders: 'Graders', gradersHint: 'The author grades by default; pick other trainers here', gradersSaved: 'Graders saved',
    title: 'Exams', new: 'New exam', created: 'Exam created (draft)', paper: 'Paper', window: 'Window', timeLimit: 'Time limit (min)',
    maxAttempts: 'Attempts allowed', passMark: 'Pass mark', shuffleQuestions: 'Shuffle questions', shuffleOptions: 'Shuffle options', course: 'Course',
    status: 'Status', opensAt: 'Opens', closesAt: 'Closes', examinees: 'Examinees', released: 'Results released', setExaminees: 'Set examinees',
    teams: 'Teams', people: 'People', examineesSaved: 'Examinees saved: {n}', open: 'Open exam', close: 'Close exam',
    closeConfirm: 'Examinees can no longer answer; running attempts are submitted with their saved answers. Close now?', release: 'Release results',
    results: 'Results', itemAnalysis: 'Item analysis',
    done: { open: 'Exam opened', close: 'Exam closed', release: 'Results released' },
  },
  results: {
    attemptNo: 'Attempt', submittedAt: 'Submitted', auto: 'auto-submitted', score: 'Score', passed: 'Passed', pass: 'Pass', fail: 'Fail',
    pending: 'To grade',
  },
  analysis: {
    notEnough: '{n} attempts so far; the figures mean something from {min}', attempts: 'Attempts', facility: 'Facility', discrimination: 'Discrimination',
  },
  my: {
    feedback: 'My feedback and plans', title: 'My exams', state: 'State', states: { upcoming: 'Upcoming', open: 'Open', closed: 'Closed' }, attempts: 'Attempts',
    results: 'Results', start: 'Start', resume: 'Resume', attemptStatus: { in_progress: 'In progress', waiting: 'Submitted, awaiting release' },
  },
  take: {
    true: 'True', false: 'False', blank: 'Blank {n}', textPlaceholder: 'Your answer', choose: 'Choose', number: 'A number', units: 'May carry a unit: {units}', progress: '{n} / {total} answered',
    submit: 'Submit', submitConfirm: 'Submit your answers?', unanswered: '{n} questions are unanswered. You cannot change answers after submitting.', allAnswered: 'All questions are answered. You cannot change answers after submitting.',
    submitted: 'Submitted', timeUp: 'Time is up: your saved answers were submitted automatically', afterSubmit: 'Once results are released, see your score, answers and explanations under My exams.',
    backToMy: 'Back to My exams', hint: 'Answers are saved automatically. After closing the page or losing the network, come back and continue where you were.',
    save: { pending: 'Waiting to save…', saving: 'Saving…', saved: 'Saved', retrying: 'Network problem, retrying…' },
  },
  result: { feedback: 'Feedback', mine: 'My answer', correct: 'Correct answer', noAnswer: '(no answer)', comment: 'Grader comment' },
  followups: {
    title: 'Follow-ups', open: 'Open', closedTab: 'Closed', closed: 'Follow-up closed', source: 'Source', talk: 'Talk', plan: 'Improvement plan',
    missing: 'Not recorded', recordTalk: 'Record talk', recordPlan: 'Record plan', closeConfirm: 'Talk and plan are recorded. Close this follow-up?',
    talkAt: 'Talk date', notes: 'Talk notes (staff only)', feedback: 'Feedback to the trainee', dueDate: 'Due date',
    kinds: { theory: 'Theory', practical: 'Practical', daily: 'Daily performance' },
  },
  daily: {
    title: 'Daily performance', pick: 'Pick a person', date: 'Period', period: 'Period: {start} to {end}',
    noPrefill: 'No training attendance in this period: enter the attendance points by hand', prefilled: 'Attendance prefilled from training attendance: {n} (you may change it)',
    attendance: 'Attendance (30)', attitude: 'Learning attitude (30)', teamwork: 'Teamwork (40)', saved: 'Evaluation saved', auto: 'attendance',
  },
  practical: {
    scoring: 'Practical scoring', scenario: 'Scenario', saved: 'Practical score saved: total {total}', total: 'Weighted total: {n}', scoredAt: 'Scored',
    scenarios: { role_play: 'Role play', simulated_call: 'Simulated call', real_call: 'Real call', complaint: 'Complaint handling' },
    criteria: { communication: 'Communication', problemSolving: 'Problem solving', serviceAttitude: 'Service attitude', emergencyHandling: 'Emergency handling' },
  },
  grading: {
    title: 'Grading', pending: 'To grade', graded: 'Graded', all: 'All', blind: 'Blind grading: only the paper code is shown, never the examinee’s name.',
    empty: 'Nothing to grade', score: 'Score', comment: 'Comment', saved: 'Mark saved', marked: 'Marked {score} / {points}',
  },
};
export default en;
