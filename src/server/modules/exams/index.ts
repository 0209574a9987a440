import type { FastifyPluginAsync } from 'fastify';
import { getSetting } from '../../lib/settings.js';
import { registerRecordScores } from '../training/record.service.js';
import { attemptRoutes } from './attempts.routes.js';
import { sweepExpired } from './attempts.service.js';
import { examRoutes } from './exams.routes.js';
import { gradingRoutes } from './grading.routes.js';
import { paperRoutes } from './papers.routes.js';
import { questionRoutes } from './questions.routes.js';
import { examScoresOf } from './record-scores.js';

// Assessments (SPEC §4, issue 4), mounted under /api/exams. A sweep submits attempts whose time
// ran out while nobody touched them (each touch submits its own attempt as well).
export const examsModule: FastifyPluginAsync = async (app) => {
  registerRecordScores(examScoresOf); // results on the training record (a Set: registering twice is harmless)
  await app.register(questionRoutes);
  await app.register(paperRoutes);
  await app.register(attemptRoutes);
  await app.register(gradingRoutes);
  await app.register(examRoutes);

  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    const seconds = await getSetting(app.handle.db, 'exams.sweepSeconds');
    if (seconds <= 0) return;
    timer = setInterval(() => {
      sweepExpired(app.handle.db).catch((err) => app.log.error({ err }, 'exam sweep failed'));
    }, seconds * 1000);
    timer.unref();
  });
  app.addHook('onClose', async () => { if (timer) clearInterval(timer); });
};
