import type { FastifyPluginAsync } from 'fastify';
import { registerScopeContributor } from '../../lib/access.js';
import { attendanceRoutes } from './attendance/attendance.routes.js';
import { courseRoutes } from './courses/courses.routes.js';
import { feedbackRoutes } from './feedback/feedback.routes.js';
import { leaveRoutes } from './attendance/leave.routes.js';
import { materialRoutes } from './courses/materials.routes.js';
import { mentoringRoutes } from './mentoring/mentoring.routes.js';
import { needsRoutes } from './needs/needs.routes.js';
import { planRoutes } from './plans/plans.routes.js';
import { recordRoutes } from './record/record.routes.js';
import { sessionRoutes } from './sessions/sessions.routes.js';
import { learnersOfTrainer, menteesOfMentor } from './shared/training.access.js';
import { trainerRoutes } from './trainers/trainers.routes.js';

export { attendanceScore } from './attendance/attendance.service.js';
export { registerRecordScores } from './record/record.service.js';

// Training management (SPEC §3, §7, issue 3), mounted under /api/training. A trainer sees the
// people enrolled in the sessions they teach and a mentor their current mentees (lib/access.ts).
// One folder per concept: needs (surveys), plans (and cohorts), courses (and materials), trainers,
// sessions, attendance (and leave), feedback, record, mentoring; shared holds the access check,
// the write helpers, the test kit and the module's bad-input cases.
export const trainingModule: FastifyPluginAsync = async (app) => {
  registerScopeContributor(learnersOfTrainer);
  registerScopeContributor(menteesOfMentor);
  for (const routes of [
    courseRoutes,
    materialRoutes,
    trainerRoutes,
    planRoutes,
    needsRoutes,
    sessionRoutes,
    attendanceRoutes,
    leaveRoutes,
    feedbackRoutes,
    recordRoutes,
    mentoringRoutes,
  ]) {
    await app.register(routes, { prefix: '/training' });
  }
};
