import type { WorkSource } from '../../lib/work.js';
import {
  confirmSheet,
  decideAppeals,
  keepFollowUps,
  publishCycles,
  reviewAppeals,
  reviewSheets,
} from './work/appraisal.sources.js';

// What waits in this module for the home page's work list (issue 26; lib/work.ts says how).
export const appraisalWork: WorkSource[] = [
  reviewSheets,
  confirmSheet,
  reviewAppeals,
  decideAppeals,
  publishCycles,
  keepFollowUps,
];
