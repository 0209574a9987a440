import type { FastifyPluginAsync } from 'fastify';
import { onCalendarChange } from '../../lib/calendar.js';
import { disputeRoutes } from './disputes.routes.js';
import { recountFeedbackDeadlines } from './feedback.recount.js';
import { feedbackRoutes } from './feedback.routes.js';
import { summaryRoutes } from './summary.routes.js';
import { evaluationRoutes } from './evaluations.routes.js';
import { calibrationPartRoutes } from './calibration.part.js';
import { formRoutes } from './forms.routes.js';
import { queueRoutes } from './queues.routes.js';
import { samplingRoutes } from './sampling.routes.js';

// Quality monitoring (SPEC §8, issue 7), mounted under /api/quality: scorecards and evaluations,
// sampling and queues, feedback and disputes, calibration and evaluator oversight.
export const qualityModule: FastifyPluginAsync = async (app) => {
  onCalendarChange('quality.feedback', recountFeedbackDeadlines);
  await app.register(feedbackRoutes);
  await app.register(disputeRoutes);
  await app.register(summaryRoutes);
  await app.register(formRoutes);
  await app.register(evaluationRoutes);
  await app.register(samplingRoutes);
  await app.register(queueRoutes);
  await app.register(calibrationPartRoutes);
};
