import type { WorkSource } from '../../lib/work.js';

// What waits in this module for the home page's work list (issue 26; lib/work.ts says how).
export const calendarWork: WorkSource[] = [];
