import type { FastifyPluginAsync } from 'fastify';
import { registerLeaveOverlaps } from '../attendance/leave/overlap-sources.js';
import { registerRecordScores } from '../training/record/record.service.js';
import { attemptRoutes } from './attempts/attempts.routes.js';
import { examRoutes } from './sessions/exams.routes.js';
import { examLeaveOverlaps } from './sessions/exams.service.js';
import { gradingRoutes } from './grading/grading.routes.js';
import { paperRoutes } from './papers/papers.routes.js';
import { questionRoutes } from './questions/questions.routes.js';
import { examScoresOf } from './daily/record-scores.js';
import { startSweeper, type Sweeper } from './attempts/sweeper.js';

// Assessments (SPEC §4, issue 4), mounted under /api/exams. One folder per concept: questions
// (the bank), imports (xlsx, GIFT, Moodle XML), papers, sessions (exams themselves), attempts,
// grading, daily (practical and daily scores), item-analysis; shared holds the access check.
// A sweep submits attempts whose time
// ran out while nobody touched them (each touch submits its own attempt as well).
export const examsModule: FastifyPluginAsync = async (app) => {
  registerRecordScores(examScoresOf); // results on the training record (a Set: registering twice is harmless)
  registerLeaveOverlaps('exam', examLeaveOverlaps); // a leave over an exam tells its author
  await app.register(questionRoutes);
  await app.register(paperRoutes);
  await app.register(attemptRoutes);
  await app.register(gradingRoutes);
  await app.register(examRoutes);

  // The sweeper follows exams.sweepSeconds while it runs (sweeper.ts): no restart after a change.
  let sweeper: Sweeper | null = null;
  app.addHook('onReady', async () => {
    sweeper = startSweeper(app.handle.db, app.log);
  });
  app.addHook('onClose', async () => {
    await sweeper?.stop();
  });
};
