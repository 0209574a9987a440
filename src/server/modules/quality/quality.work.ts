import type { WorkSource } from '../../lib/work.js';
import { QUALITY_WORK_SOURCES } from './work/quality-sources.js';

// What waits in this module for the home page's work list (issue 26; lib/work.ts says how).
export const qualityWork: WorkSource[] = QUALITY_WORK_SOURCES;
