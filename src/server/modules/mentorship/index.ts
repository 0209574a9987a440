import type { FastifyPluginAsync } from 'fastify';
import './pool/gate.js';
import { poolRoutes } from './pool/pool.routes.js';

// Mentoring as SPEC §7 runs it (issue 20 item 6), under /api/mentorship, beside the assignments
// and daily log of training/mentoring:
//   pool/     the mentor pool: who is eligible and why, required mentor training, selection,
//             ratings by trainees and by results, coaching mentors for weak regular agents

export const mentorshipModule: FastifyPluginAsync = async (app) => {
  await app.register(poolRoutes);
};
