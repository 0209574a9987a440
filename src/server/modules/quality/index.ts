import type { FastifyPluginAsync } from 'fastify';
import { onCalendarChange } from '../../lib/calendar.js';
import { agentScoreRoutes } from './agent-scores/agent-score.routes.js';
import { calibrationRoutes } from './calibration/calibration.routes.js';
import { disputeRoutes } from './disputes/disputes.routes.js';
import { evaluationRoutes } from './evaluations/evaluations.routes.js';
import { recountFeedbackDeadlines } from './feedback/feedback.recount.js';
import { feedbackRoutes } from './feedback/feedback.routes.js';
import { fitnessRoutes } from './fitness/fitness.routes.js';
import { formRoutes } from './forms/forms.routes.js';
import { oversightRoutes } from './oversight/oversight.routes.js';
import { queueRoutes } from './sampling/queues.routes.js';
import { samplingRoutes } from './sampling/sampling.routes.js';
import { summaryRoutes } from './summary/summary.routes.js';

// Quality monitoring (SPEC §8, issue 7), mounted under /api/quality: scorecards and evaluations,
// sampling and queues, feedback and disputes, calibration and evaluator oversight. One subfolder
// per concept, each with its routes, service, repository and tests (docs/ARCHITECTURE.md).
export const qualityModule: FastifyPluginAsync = async (app) => {
  onCalendarChange('quality.feedback', recountFeedbackDeadlines);
  await app.register(feedbackRoutes);
  await app.register(disputeRoutes);
  await app.register(summaryRoutes);
  await app.register(formRoutes);
  await app.register(evaluationRoutes);
  await app.register(samplingRoutes);
  await app.register(queueRoutes);
  await app.register(calibrationRoutes);
  await app.register(oversightRoutes);
  await app.register(fitnessRoutes);
  await app.register(agentScoreRoutes);
};
