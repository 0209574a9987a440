import type { FastifyPluginAsync } from 'fastify';
import { registerScopeContributor } from '../../lib/access.js';
import { attendanceRoutes } from './attendance.routes.js';
import { courseRoutes } from './courses.routes.js';
import { feedbackRoutes } from './feedback.routes.js';
import { leaveRoutes } from './leave.routes.js';
import { materialRoutes } from './materials.routes.js';
import { mentoringRoutes } from './mentoring.routes.js';
import { needsRoutes } from './needs.routes.js';
import { planRoutes } from './plans.routes.js';
import { recordRoutes } from './record.routes.js';
import { sessionRoutes } from './sessions.routes.js';
import { learnersOfTrainer, menteesOfMentor } from './training.access.js';
import { trainerRoutes } from './trainers.routes.js';

export { attendanceScore } from './attendance.service.js';
export { registerRecordScores } from './record.service.js';

// Training management (SPEC §3, §7, issue 3), mounted under /api/training. A trainer sees the
// people enrolled in the sessions they teach and a mentor their current mentees (lib/access.ts).
export const trainingModule: FastifyPluginAsync = async (app) => {
  registerScopeContributor(learnersOfTrainer);
  registerScopeContributor(menteesOfMentor);
  for (const routes of [courseRoutes, materialRoutes, trainerRoutes, planRoutes, needsRoutes, sessionRoutes, attendanceRoutes, leaveRoutes, feedbackRoutes, recordRoutes, mentoringRoutes]) {
    await app.register(routes, { prefix: '/training' });
  }
};
