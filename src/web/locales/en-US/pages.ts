import type zhCN from '../zh-CN/pages';

// Browser-tab titles of the pages that have no menu entry of their own (details, sub-pages).
const pages: typeof zhCN = {
  person: 'Person',
  notifications: 'Notifications',
  trainingPlan: 'Training plan',
  trainingSession: 'Training session',
  sessionAttendance: 'Session attendance',
  survey: 'Survey',
  trainingRecord: 'Training record',
  interactionImport: 'Call data import',
  exam: 'Exam',
  examAttempt: 'Taking an exam',
  examResult: 'Exam result',
  trainee: 'Trainee evaluation',
  eliminationCase: 'Elimination case',
  myCase: 'My elimination case',
  qualityForm: 'Scorecard builder',
  evaluate: 'Evaluate a call',
  qualityEvaluation: 'Quality evaluation',
  dispute: 'Dispute review',
  calibrationSession: 'Calibration session',
  login: 'Sign in',
  changePassword: 'Change password',
  security: 'Two-step sign-in',
};
export default pages;
