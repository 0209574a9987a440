import type { FastifyPluginAsync } from 'fastify';
import { registerRecordCertificates } from '../training/record/record.service.js';
import { recordCertificatesOf } from './certify.service.js';
import { evaluationRoutes } from './evaluation.routes.js';

export { evaluateTrainee, evaluateTrainees, type TraineeEvaluation } from './criteria.service.js';

// New-hire evaluation (SPEC §6, issue 5: criteria 1–4 with evidence, at-risk warnings, the cohort
// board, certification), mounted under /api/evaluation. Certifications appear on the training
// record through training's seam (a Set: registering twice is harmless).
export const evaluationModule: FastifyPluginAsync = async (app) => {
  registerRecordCertificates(recordCertificatesOf);
  await app.register(evaluationRoutes);
};
