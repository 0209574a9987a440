import type { FastifyPluginAsync } from 'fastify';
import { onCalendarChange } from '../../lib/calendar.js';
import { registerRecordScores } from '../training/record/record.service.js';
import { eliminationRoutes } from './elimination.routes.js';
import { recountNotices } from './notice.recount.js';
import { caseHistoryOf } from './record.js';

export { hasOpenCase } from './cases.service.js';

// Elimination cases (SPEC §6, issue 5 item 4), mounted under /api/elimination. The case
// history also appears on the trainee's training record.
export const eliminationModule: FastifyPluginAsync = async (app) => {
  registerRecordScores(caseHistoryOf);
  onCalendarChange('elimination.notices', recountNotices);
  await app.register(eliminationRoutes, { prefix: '/elimination' });
};
