// The home page's work items of this area (issue 26): home.kinds.<kind>, with the item's params.
export default {
  eliminationPropose: 'Trainee {name} meets an elimination criterion: decide whether to list them',
  eliminationInterview: 'Hold and record the elimination interview with {name}',
  eliminationNotice: 'Publish the elimination notice for {name}',
  eliminationAppeal: "Answer {appellant}'s appeal against {name}'s elimination notice",
  eliminationDecision: "{name}'s elimination notice has ended: take the final decision",
  eliminationOffboarding: "Complete {name}'s offboarding: {count} item(s) left",
  eliminationExitTalk: 'Hold and record the exit talk with {name}',
  evaluationAtRisk: 'Trainee {name} is one failure from an elimination criterion ({count} warning(s))',
  disciplineDecide: "Confirm or withdraw {name}'s discipline record of {occurredOn}",
  disciplineAppeal: "Answer {name}'s appeal against the discipline record of {occurredOn}",
  careersScreen: 'Screen the entries of “{round}”: {count} left',
  calendarYearMissing: "{year}'s holidays are not entered, so every deadline is provisional: enter them now",
  calendarNextYearMissing: "{year}'s holidays are not entered yet: enter them before the year ends",
  systemFailedImport: 'An interaction import failed: see why and retry it',
  systemFailedJob: 'Background job {job} failed: {error}',
};
