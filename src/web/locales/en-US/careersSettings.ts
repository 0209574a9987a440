// Settings page entries: careers (SPEC §11, issue 21), nested by key: careers.reserve.talkMinutes.
export default {
  careers: {
    reserve: {
      roundMonths: {
        label: 'Reserve lead round every',
        help: 'How often a reserve team-lead competition is held (quarterly by default).',
        unit: 'months',
      },
      minTenureMonths: {
        label: 'Minimum tenure to enter',
        help: 'Months of continuous service needed to enter a round.',
        unit: 'months',
      },
      topSharePercent: {
        label: 'Results in the top share of the team',
        help: "Results must rank within this top share of the person's team (a third by default).",
        unit: '%',
      },
      resultCycles: {
        label: 'Appraisal cycles counted',
        help: 'With appraisal results, the average of this many latest published cycles is ranked.',
        unit: 'cycles',
      },
      resultWindowDays: {
        label: 'QA window when no appraisal',
        help: 'Without appraisal results, the QA average over this many days is ranked.',
        unit: 'days',
      },
      disciplineWindowMonths: {
        label: 'Discipline look-back',
        help: 'A confirmed discipline record dated within this many months makes a person ineligible.',
        unit: 'months',
      },
      nominationDays: {
        label: 'Default nomination window',
        help: 'Length of the self-nomination window when a round opens.',
        unit: 'days',
      },
      talkMinutes: {
        label: 'Talk length',
        help: "Each candidate's talk on results and plans (3 minutes by default).",
        unit: 'min',
      },
      peerWeightPercent: {
        label: "Peers' weight",
        help: "Share of the final score from peers' scores; the rest is the panel's.",
        unit: '%',
      },
      minPanelScores: {
        label: 'Minimum panel sheets',
        help: 'A result counts only when at least this many panel members have scored the candidate.',
        unit: 'sheets',
      },
    },
    trainerLevels: {
      windowMonths: {
        label: 'Trainer level window',
        help: "Teaching hours, learner ratings and learners' results are counted over this many months.",
        unit: 'months',
      },
    },
  },
};
