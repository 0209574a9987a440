import type zh from '../zh-CN/appraisalSettings';

// Texts of the appraisal settings (SPEC §9) on the settings page; see the zh-CN file.

const KPI = {
  fcr: 'FCR',
  aht: 'AHT',
  csat: 'CSAT',
  qa: 'QA score',
  accuracy: 'accuracy',
  attendance: 'attendance',
  sales: 'sales',
  lead_assessment: "team lead's assessment",
};
const TYPE = { inbound: 'Inbound', outbound: 'Outbound', non_voice: 'Non-voice', team_lead: 'Team lead' };
type Code = keyof typeof KPI;

const weights = (type: keyof typeof TYPE, codes: Code[]) =>
  Object.fromEntries(
    codes.map((c) => [
      c,
      {
        label: `${TYPE[type]}: weight of ${KPI[c]}`,
        help: `The weight of ${KPI[c]} in the ${TYPE[type].toLowerCase()} KPI set of a new plan; a set's weights add up to 100, 0 leaves the KPI out.`,
        unit: '%',
      },
    ]),
  );
const range = (c: Code, unit: string, note = '') => ({
  floor: {
    label: `${KPI[c]}: 0-point line`,
    help: `This value scores 0 points, rising linearly to 100 at the target. ${note}`.trim(),
    unit,
  },
  target: {
    label: `${KPI[c]}: target`,
    help: `This value scores 100 points (the default of a new plan). ${note}`.trim(),
    unit,
  },
});
const grade = (g: string) => ({
  label: `Lowest score for ${g}`,
  help: `A total of at least this is graded ${g} (the default of a new plan).`,
  unit: 'points',
});
const coefficient = (g: string) => ({
  label: `Bonus coefficient of ${g}`,
  help: `The bonus of grade ${g} = base × this percentage (150 = 1.5 times); the default of a new plan.`,
  unit: '%',
});

const en: typeof zh = {
  weights: {
    inbound: weights('inbound', ['qa', 'fcr', 'csat', 'aht', 'attendance', 'lead_assessment']),
    outbound: weights('outbound', ['sales', 'qa', 'attendance', 'aht', 'csat', 'lead_assessment']),
    non_voice: weights('non_voice', ['qa', 'accuracy', 'csat', 'aht', 'attendance', 'lead_assessment']),
    team_lead: weights('team_lead', ['qa', 'fcr', 'csat', 'attendance', 'lead_assessment']),
  },
  kpi: {
    fcr: range('fcr', '%'),
    aht: range('aht', 's', 'Lower is better: the 0-point line is above the target.'),
    csat: range('csat', '%', 'The share of surveyed customers who were satisfied.'),
    qa: range('qa', 'points'),
    accuracy: range('accuracy', '%', 'The share of QA evaluations without a critical failure.'),
    attendance: range('attendance', '%'),
    sales: range('sales', 'yuan', 'Sales per appraisal cycle.'),
    lead_assessment: {
      max: {
        label: "Team lead's assessment: maximum",
        help: 'The assessment is entered out of this; more counts as the maximum.',
        unit: 'points',
      },
    },
  },
  grades: { S: grade('S'), A: grade('A'), B: grade('B'), C: grade('C') },
  bonus: {
    coefficientPercent: {
      S: coefficient('S'),
      A: coefficient('A'),
      B: coefficient('B'),
      C: coefficient('C'),
      D: coefficient('D'),
    },
  },
  forced: {
    enabled: {
      label: 'Forced distribution on by default',
      help: '1: new plans start with forced distribution on; 0: off.',
      unit: '',
    },
    minTeamSize: {
      label: 'Forced distribution: smallest team',
      help: 'Only teams of at least this many people are graded by forced distribution.',
      unit: 'people',
    },
    maxSharePercent: {
      S: {
        label: 'Largest share of S',
        help: 'Under forced distribution at most this share of a team gets S (rounded down).',
        unit: '%',
      },
      A: {
        label: 'Largest share of A',
        help: 'Under forced distribution at most this share of a team gets A (rounded down).',
        unit: '%',
      },
    },
    minLowSharePercent: {
      label: 'Least share of C + D',
      help: 'Under forced distribution at least this share of a team gets C or D (rounded up).',
      unit: '%',
    },
  },
  appealWorkingDays: {
    label: 'Appraisal appeal window',
    help: 'Working days after the results are published during which a person may appeal.',
    unit: 'working days',
  },
  cycle: {
    freezeWorkingDays: {
      label: 'Data freeze',
      help: 'The working day after the period ends on which the data is frozen.',
      unit: 'working days',
    },
    reviewWorkingDays: {
      label: "Team lead's review",
      help: "Working days after the freeze for the team lead's review (manual items, comments).",
      unit: 'working days',
    },
    confirmationWorkingDays: {
      label: 'Confirmation by the agent',
      help: 'Working days after the review for the agent to confirm the sheet.',
      unit: 'working days',
    },
    finalWorkingDays: {
      label: "HR's final check",
      help: "Working days after the appeal window for HR's final check.",
      unit: 'working days',
    },
    publishWorkingDays: {
      label: 'Publication',
      help: 'The working day after the final check on which the results are published.',
      unit: 'working days',
    },
  },
  baseBonusDefault: {
    label: 'Default base bonus',
    help: 'The base bonus of a person for whom none was entered.',
    unit: 'yuan',
  },
  followUpWorkingDays: {
    label: 'Improvement plan period',
    help: 'After a D (or two Cs in a row), the improvement plan runs this many working days after publication.',
    unit: 'working days',
  },
  reminderWorkingDays: {
    label: 'Reminder lead time',
    help: 'This many working days before a cycle step is due, those who have not acted yet are reminded automatically (once per step and person; 0 = on the due day).',
    unit: 'working days',
  },
  csatSatisfiedMin: {
    label: 'Lowest satisfied rating',
    help: 'A survey answer (1–5) of at least this counts as satisfied; CSAT = satisfied ÷ answered.',
    unit: 'points',
  },
};
export default en;
