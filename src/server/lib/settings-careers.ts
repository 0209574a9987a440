// The numbers of careers (SPEC §11, issue 21), spread into SETTING_DEFAULTS (lib/settings.ts).
// The settings page's labels are in web/locales/*/careersSettings.ts.
export const CAREERS_SETTING_DEFAULTS = {
  // Reserve team leads (储备团队长): a round every roundMonths months; eligible are regular agents
  // and key staff with at least minTenureMonths of continuous service, whose results rank in the
  // top topSharePercent of their team — over their last resultCycles published appraisals when
  // they have one, else their QA average over the last resultWindowDays days — and who have no
  // confirmed discipline record dated in the last disciplineWindowMonths months.
  'careers.reserve.roundMonths': 3,
  'careers.reserve.minTenureMonths': 6,
  'careers.reserve.topSharePercent': 33,
  'careers.reserve.resultCycles': 2,
  'careers.reserve.resultWindowDays': 90,
  'careers.reserve.disciplineWindowMonths': 12,
  // The self-nomination window's default length in days when HR opens a round.
  'careers.reserve.nominationDays': 10,
  // Each candidate's talk on results and plans (SPEC §11: 3 minutes).
  'careers.reserve.talkMinutes': 3,
  // The final score: the panel's average and the peers' average weighted; peers' share in percent.
  'careers.reserve.peerWeightPercent': 30,
  // A candidate's result needs at least this many panel members' complete sheets.
  'careers.reserve.minPanelScores': 2,
  // Trainer levels: the window, in months, over which teaching hours, learner ratings and
  // learners' results are counted toward the next level.
  'careers.trainerLevels.windowMonths': 12,
} as const;
