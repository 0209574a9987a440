import type { WorkSource } from '../../lib/work.js';
import { leaveAnswered, leaveToDecide } from './work/leave.work.js';
import { myShiftsSoon } from './work/schedule.work.js';
import { swapsToAnswer, swapsToDecide } from './work/swaps.work.js';

// What waits in this module for the home page's work list (issue 26; lib/work.ts says how).
export const attendanceWork: WorkSource[] = [leaveToDecide, leaveAnswered, swapsToAnswer, swapsToDecide, myShiftsSoon];
