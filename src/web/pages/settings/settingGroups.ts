// Which section of the settings page a setting belongs to, by the start of its key. The first
// group with a matching prefix wins; a key no group claims is shown under "other" (and the label
// test fails, so a new area gets a section and a name).
export const SETTING_GROUPS = [
  { id: 'auth', prefixes: ['auth.'] },
  { id: 'people', prefixes: ['people.'] },
  { id: 'uploads', prefixes: ['uploads.'] },
  { id: 'center', prefixes: ['center.'] },
  { id: 'calendar', prefixes: ['calendar.'] },
  { id: 'interactions', prefixes: ['interactions.'] },
  { id: 'exams', prefixes: ['exams.'] },
  { id: 'evaluation', prefixes: ['evaluation.'] },
  { id: 'training', prefixes: ['training.'] },
  { id: 'elimination', prefixes: ['elimination.'] },
  { id: 'discipline', prefixes: ['discipline.'] },
  { id: 'qualitySampling', prefixes: ['quality.sampling.', 'quality.quota.'] },
  { id: 'qualityFeedback', prefixes: ['quality.feedback.', 'quality.dispute.'] },
  {
    id: 'qualityOversight',
    prefixes: [
      'quality.calibration.',
      'quality.oversight.',
      'quality.evaluators.',
      'quality.fitness.',
      'quality.agentScore.',
    ],
  },
  { id: 'qualityForms', prefixes: ['quality.forms.'] },
  { id: 'appraisal', prefixes: ['appraisal.'] },
  { id: 'attendance', prefixes: ['attendance.'] },
  { id: 'drills', prefixes: ['drills.'] },
  { id: 'mentoring', prefixes: ['mentoring.'] },
  { id: 'careers', prefixes: ['careers.'] },
  { id: 'analytics', prefixes: ['analytics.'] },
  { id: 'home', prefixes: ['home.'] },
] as const;

export type SettingGroupId = (typeof SETTING_GROUPS)[number]['id'] | 'other';

export const groupOf = (key: string): SettingGroupId =>
  SETTING_GROUPS.find((g) => g.prefixes.some((p) => key.startsWith(p)))?.id ?? 'other';

/** The group ids in page order, "other" last. */
export const GROUP_ORDER: SettingGroupId[] = [...SETTING_GROUPS.map((g) => g.id), 'other'];
