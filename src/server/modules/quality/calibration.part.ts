import type { FastifyPluginAsync } from 'fastify';
import { agentScoreRoutes } from './agent-score.routes.js';
import { calibrationRoutes } from './calibration.routes.js';
import { oversightRoutes } from './oversight.routes.js';

// Part C of quality monitoring (issue 7 items 8–10): calibration, evaluator oversight and agent
// QA scores, registered into the quality module with one line.
export const calibrationPartRoutes: FastifyPluginAsync = async (app) => {
  await app.register(calibrationRoutes);
  await app.register(oversightRoutes);
  await app.register(agentScoreRoutes);
};
