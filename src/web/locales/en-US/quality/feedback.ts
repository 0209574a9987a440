// QA feedback, disputes, daily summary and red lines (issue 7 items 5–7): keys quality.feedback.*
export default {
  menu: { feedback: 'QA feedback', disputes: 'Disputes', summary: 'Daily QA summary', redLines: 'Red lines' },
  title: 'QA feedback',
  views: { mine: 'Mine', overdue: 'Overdue', all: 'All' },
  state: { pending: 'Due', overdue: 'Overdue', given: 'Given on time', late: 'Given late' },
  kinds: { individual: 'Individual error (1 working day)', common: 'Common problem (5 working days)' },
  modes: { one_to_one: 'One-to-one', one_to_many: 'One-to-many (team meeting)', immediate: 'Immediate (side-by-side)' },
  calendarMissing: 'Provisional (no {year} calendar)',
  calendarMissingHelp: 'The working-day calendar has no data for {year}, so the deadline was counted on weekends alone: it is provisional and never overdue. Once an administrator enters {year}’s holidays and make-up workdays it is counted again and the people concerned are told.',
  columns: {
    agent: 'Agent', team: 'Team', evaluator: 'Evaluator', scoredAt: 'Scored', score: 'Score', kind: 'Kind', due: 'Due', state: 'State',
    given: 'Feedback', acknowledged: 'Acknowledged',
  },
  counts: { title: 'Feedback per evaluator', pending: 'Due', overdue: 'Overdue', onTime: 'On time', late: 'Late', calendarMissing: 'Provisional deadline' },
  give: {
    title: 'Record feedback', done: 'Feedback recorded', mode: 'How', kind: 'Kind of problem', kindHelp: 'A common problem is due within 5 working days (a week)',
    notes: 'Feedback and improvement suggestion', givenOn: 'Given on',
  },
  panel: {
    title: 'Feedback and dispute', acknowledge: 'Acknowledge', acknowledgeConfirm: 'Confirm you have seen this evaluation and its feedback?', acknowledged: 'Acknowledged',
    acknowledgedAt: 'Acknowledged at', disputeWindow: 'Dispute until',
  },
  dispute: {
    title: 'Disputes', open: 'Dispute', opened: 'Dispute sent to your direct supervisor', of: 'Dispute by {name}', evaluation: 'Open the evaluation',
    scope: 'Disputed', scopes: { items: 'Named items', whole: 'The whole evaluation' }, reason: 'Reason', proposed: 'Should be', itemReason: 'Why',
    addItem: 'Add an item', pending: 'Under review by {name}', outcome: 'Original {from} → final {to}', view: 'Open the dispute',
    toReview: 'For me to review', openedAt: 'Opened', reviewer: 'Reviewer (direct supervisor)', status: { open: 'Open', decided: 'Decided' },
    decided: 'Decision saved; the final score is updated', item: 'Item', original: 'Original', outcomeColumn: 'Decision', outcomes: { kept: 'Keep', changed: 'Change' },
    decide: 'Decide item by item', newValue: 'New value', decisionReason: 'Reason', note: 'Decision note', submitDecision: 'Submit decision',
  },
  redLines: {
    title: 'Red lines', add: 'Add a red line', name: 'Red line', tag: 'Red line', inactive: 'Inactive', category: 'Category',
    categories: { basic: 'Basic error', common: 'Common error', announced: 'Announced error' },
    items: 'Scorecard items', itemsHelp: 'Item keys of the scorecards, e.g. compliant', announcedOn: 'Announced on', breachCount: 'Breaches',
    deleteConfirm: 'Delete this red line? One with breaches can only be deactivated.', description: 'Description', active: 'Active',
    breached: 'Red line breached: {titles}', rule: 'Review board ruling', ruling: 'Ruling', reason: 'Reason',
    rulings: { breach_confirmed: 'Breach confirmed', unusual_error: 'Unusual error', not_a_breach: 'Not a breach' },
  },
  summary: {
    title: 'Daily QA summary', team: 'All teams', byProblem: 'By problem', problem: 'Problem (item)', count: 'Count', agents: 'Agents',
    trainee: 'before regular', traineeErrors: 'Of which before regular', breaches: 'Red-line breaches', action: 'Action', plan: 'Plan', planFor: 'Action for “{label}”',
    note: 'Note', evaluations: 'Evaluations', agentCount: 'Agents', average: 'Average (final)', failed: 'Failed',
  },
  actions: {
    retraining_course: 'Retraining course', team_meeting: 'Team meeting', sit_beside: 'Sit beside a strong agent', coaching: 'One-to-one coaching',
    recitation: 'Recitation', retest: 'Re-test', improvement_plan: 'Improvement plan', other: 'Other',
  },
  followups: { title: 'Follow-up monitoring', open: 'Open', closedTab: 'Solved', opened: 'Found', closed: 'Solved', handling: 'Handling (before regular)' },
  mentors: {
    title: 'Mentors’ figures', mentor: 'Mentor', evaluations: 'Mentee evaluations (regular)', errors: 'Mentee errors (regular)', average: 'Mentee average',
    excluded: 'Excluded: evaluations / errors before regular', help: '{from} to {to}. Errors a mentee made before regular status are handled with the trainee (recitation, re-test, improvement plan) and do not count for the mentor.',
  },
};
