import type zh from '../zh-CN/settingsItemsQuality';

// Settings items (pages/settings): quality monitoring.
const qualityItems: typeof zh = {
  quality: {
    sampling: {
      minimumPerWeek: {
        label: 'Minimum per agent per week',
        help: 'The fewest interactions monitored per agent each week; an agent with fewer has all of them monitored.',
        unit: 'interactions',
      },
      sharePercent: {
        label: 'Monitoring share',
        help: "Share of each agent's weekly volume monitored (policy: 5–15%); the larger of this and the minimum wins.",
        unit: '%',
      },
      hourBandHours: {
        label: 'Sampling hour band',
        help: "The day is cut into bands this wide and picks follow each band's volume, so quiet hours never dominate.",
        unit: 'hours',
      },
      newHireAllWorkingDays: {
        label: 'New hire: monitor everything for',
        help: "In a new hire's first working days on the phones, every interaction is monitored.",
        unit: 'working days',
      },
      newHireStage1Percent: {
        label: 'New hire stage 1 share',
        help: 'The share after the every-interaction days and before regular status, until the recent evaluations all pass.',
        unit: '%',
      },
      newHireStage2Percent: {
        label: 'New hire stage 2 share',
        help: 'The share once stage 1 is passed; passing again returns the agent to the ordinary share.',
        unit: '%',
      },
      newHirePassesPerStage: {
        label: 'Passes in a row per stage',
        help: 'A new hire passing this many evaluations in a row drops to the next lower share.',
        unit: 'times',
      },
      poorScoreBelow: {
        label: 'Poor score line',
        help: 'Agents whose recent mean score is below this are monitored at the poor-score share.',
        unit: 'points',
      },
      poorScoreRecentEvaluations: {
        label: 'Poor score: recent evaluations',
        help: 'The poor-score mean is taken over this many most recent evaluations.',
        unit: 'evaluations',
      },
      poorScoreLookbackDays: {
        label: 'Poor score look-back',
        help: 'Only evaluations within this many days count.',
        unit: 'days',
      },
      poorScorePercent: {
        label: 'Poor-score share',
        help: "Share of a poor-scoring agent's weekly volume monitored.",
        unit: '%',
      },
      followUpPercent: {
        label: 'Under follow-up share',
        help: "Share monitored while a problem of the agent's is under follow-up, until it is solved.",
        unit: '%',
      },
      changeEventPercent: {
        label: 'Change event: default extra share',
        help: 'The extra share a new knowledge, system or process change starts with.',
        unit: '%',
      },
      changeEventDays: {
        label: 'Change event: default duration',
        help: 'How many days a new change event raises monitoring by default.',
        unit: 'days',
      },
    },
    quota: {
      live: {
        label: 'Daily quota: live monitoring',
        help: 'The fewest interactions each evaluator listens to live per day (adjust to call volume).',
        unit: 'interactions',
      },
      recording: {
        label: 'Daily quota: recordings',
        help: 'The fewest recordings each evaluator reviews per day.',
        unit: 'interactions',
      },
      sideBySide: {
        label: 'Daily quota: side-by-side',
        help: 'The fewest side-by-side sessions each evaluator holds per day.',
        unit: 'sessions',
      },
    },
    feedback: {
      individualWorkingDays: {
        label: 'Individual feedback deadline',
        help: 'An individual error is fed back one-to-one within this many working days after scoring.',
        unit: 'working days',
      },
      commonWorkingDays: {
        label: 'Common problem feedback deadline',
        help: 'A common problem is fed back to the group (e.g. the team meeting) within this many working days.',
        unit: 'working days',
      },
    },
    dispute: {
      windowWorkingDays: {
        label: 'Dispute window',
        help: 'An agent may dispute within this many working days of the feedback (or of scoring, when none was given).',
        unit: 'working days',
      },
    },
    calibration: {
      tolerance: {
        label: 'Calibration tolerance',
        help: "A score within this many points of the consensus or the senior evaluator's counts as agreeing.",
        unit: 'points',
      },
      agreementMinN: {
        label: 'Ratings needed for an agreement figure',
        help: 'A calibration report shows κ or α for an item kind only with at least this many item × interaction pairs rated by two or more evaluators; below it, "too few".',
        unit: 'pairs',
      },
    },
    fitness: {
      maxDeviation: {
        label: 'Evaluator fitness: largest mean deviation',
        help: 'An evaluator whose calibration scores average more than this many points above or below the consensus is flagged, and the QA lead is alerted.',
        unit: 'points',
      },
      minCalibrations: {
        label: 'Evaluator fitness: calibrations needed',
        help: 'An evaluator is judged on fitness only with at least this many calibration scores in the window.',
        unit: 'scores',
      },
      windowDays: {
        label: 'Evaluator fitness: window',
        help: "Calibration scores of this many days count towards fitness; a suspension marks the evaluator's evaluations of the same window.",
        unit: 'days',
      },
    },
    oversight: {
      periodDays: {
        label: 'Evaluator oversight period',
        help: 'The evaluator oversight page looks back this many days by default.',
        unit: 'days',
      },
      leniencyPoints: {
        label: 'Lenient / harsh margin',
        help: "An evaluator is flagged lenient or harsh only when their scores differ from others' on comparable work by at least this much.",
        unit: 'points',
      },
      significancePercent: {
        label: 'Significance level',
        help: 'A difference is flagged only when statistically significant (p below this), so fair evaluators are not flagged by chance.',
        unit: '%',
      },
      minEvaluations: {
        label: 'Evaluations needed to judge',
        help: 'An evaluator is judged only with at least this many comparable evaluations.',
        unit: 'evaluations',
      },
      inconsistencyRatio: {
        label: 'Inconsistency ratio',
        help: "An evaluator whose scoring of the same item varies this many times as much as others' is flagged inconsistent.",
        unit: '×',
      },
    },
    evaluators: {
      testPassMark: {
        label: 'New evaluator test pass mark',
        help: 'The pass mark of the test a new evaluator takes before starting.',
        unit: 'points',
      },
      coScoresNeeded: {
        label: 'Co-scorings a new evaluator needs',
        help: 'A new evaluator may be certified after this many co-scorings within tolerance of an experienced evaluator.',
        unit: 'times',
      },
    },
    agentScore: {
      minEvaluations: {
        label: 'Evaluations for an agent QA score',
        help: 'With fewer evaluations, an agent\'s QA score says "not enough to judge".',
        unit: 'evaluations',
      },
      confidencePercent: {
        label: 'Agent QA score confidence',
        help: "The confidence level of the ± margin shown with an agent's QA score.",
        unit: '%',
      },
    },
    forms: {
      defaultPassScore: {
        label: 'Scorecard default pass score',
        help: 'The pass score a new scorecard starts with; each version keeps its own.',
        unit: 'points',
      },
    },
  },
};
export default qualityItems;
