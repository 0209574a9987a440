import type { FastifyPluginAsync } from 'fastify';
import { onCalendarChange } from '../../lib/calendar.js';
import { registerRecordScores } from '../training/record/record.service.js';
import './case-facts.js';
import { eliminationRoutes } from './elimination.routes.js';
import { recountNotices } from './notice.recount.js';
import { caseHistoryOf } from './record.js';

// Elimination cases (SPEC §6, issue 5 item 4), mounted under /api/elimination. The case
// history also appears on the trainee's training record; the evaluation module learns from it
// which people have an open case or were kept by one (evaluation/case-facts.ts).
export const eliminationModule: FastifyPluginAsync = async (app) => {
  registerRecordScores(caseHistoryOf);
  onCalendarChange('elimination.notices', recountNotices);
  await app.register(eliminationRoutes, { prefix: '/elimination' });
};
