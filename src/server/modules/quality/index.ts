import type { FastifyPluginAsync } from 'fastify';

// Quality monitoring (SPEC §8, issue 7), mounted under /api/quality: scorecards and evaluations,
// sampling and queues, feedback and disputes, calibration and evaluator oversight.
export const qualityModule: FastifyPluginAsync = async (app) => {
  void app; // each part registers its routes here
};
