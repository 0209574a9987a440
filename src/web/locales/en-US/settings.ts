import type zh from '../zh-CN/settings';
import appraisalSettings from './appraisalSettings';
import attendanceSettings from './attendanceSettings';
import analyticsSettings from './analyticsSettings';
import homeSettings from './homeSettings';
import careersSettings from './careersSettings';
import drillsSettings from './drillsSettings';
import items from './settingsItems';
import peopleItems from './settingsItemsPeople';
import qualityItems from './settingsItemsQuality';

const en: typeof zh = {
  menu: 'Settings',
  title: 'Settings',
  intro:
    'Every number in the rules can be adjusted here. A change needs a reason, which goes into the audit log; it applies at once (within 10 seconds when several servers run).',
  search: 'Search by name or key',
  empty: 'No setting matches',
  groups: {
    auth: 'Sign-in security',
    people: 'People and roster',
    uploads: 'File uploads',
    calendar: 'Working-day calendar',
    center: 'Center',
    interactions: 'Calls and KPIs',
    exams: 'Exams',
    evaluation: 'New-hire evaluation',
    training: 'Training',
    elimination: 'Elimination',
    discipline: 'Discipline records',
    qualitySampling: 'QA sampling & quotas',
    qualityFeedback: 'QA feedback & disputes',
    qualityOversight: 'Calibration & oversight',
    qualityForms: 'Scorecards',
    appraisal: 'Appraisal',
    attendance: 'Attendance',
    drills: 'Drills',
    mentoring: 'Mentoring',
    careers: 'Careers',
    analytics: 'Training proof',
    home: 'Home page',
    other: 'Other',
  },
  columns: { name: 'Setting', value: 'Value', defaultValue: 'Default', updatedAt: 'Last changed' },
  modified: 'Modified',
  needsRestart: 'Takes effect after a restart',
  needsRestartHint: 'Read once when the server starts: a saved change applies after a restart',
  neverChanged: 'Never changed',
  edit: {
    action: 'Change',
    title: 'Change setting: {label}',
    current: 'Now {value}, default {defaultValue}',
    useDefault: 'Use the default',
    value: 'New value',
    reason: 'Reason for the change',
    reasonPlaceholder: 'e.g. QA policy 2026 revision',
    reasonRule: 'Give a reason (2–500 characters); it is kept in the audit log',
    saved: 'Saved: {label} is now {value}',
    range: 'Allowed: {min} to {max}',
    restartNote: 'This setting takes effect after the server is restarted.',
  },
  items: {
    appraisal: appraisalSettings,
    attendance: attendanceSettings,
    ...drillsSettings,
    ...careersSettings,
    ...analyticsSettings,
    ...homeSettings,
    ...items,
    ...peopleItems,
    ...qualityItems,
  },
};
export default en;
