import type { FastifyPluginAsync } from 'fastify';
import './pool/gate.js';
import { poolRoutes } from './pool/pool.routes.js';
import { startProblemFlags } from './problems.job.js';

// Mentoring as SPEC §7 runs it (issue 20 item 6), under /api/mentorship, beside the assignments
// and daily log of training/mentoring:
//   pool/     the mentor pool: who is eligible and why, required mentor training, selection,
//             ratings by trainees and by results, coaching mentors for weak regular agents
//   problems.job.ts  from the next morning, flags shadowing problems not closed on their day

export const mentorshipModule: FastifyPluginAsync = async (app) => {
  await app.register(poolRoutes);

  let job: ReturnType<typeof startProblemFlags> | null = null;
  app.addHook('onReady', async () => {
    job = startProblemFlags(app.handle.db, app.log);
  });
  app.addHook('onClose', async () => {
    await job?.stop();
  });
};
