import type { FastifyPluginAsync } from 'fastify';
import { appealRoutes } from './appeals/appeals.routes.js';
import { startAppraisalJob } from './cycles/cycles.job.js';
import { cycleRoutes } from './cycles/cycles.routes.js';
import { distributionRoutes } from './distribution/distribution.routes.js';
import { exportRoutes } from './exports/exports.routes.js';
import { followUpRoutes } from './followups/followups.routes.js';
import { payrollRoutes } from './payroll/payroll.routes.js';
import { planRoutes } from './plans/plans.routes.js';
import { sheetRoutes } from './sheets/sheets.routes.js';
import { trendRoutes } from './trends/trends.routes.js';

// Performance appraisal (绩效考核, SPEC §9, issue 18), mounted under /api/appraisal: plans and the
// scoring engine (plans/, scoring/), cycles and sheets, appeals, distribution, bonus and payroll.
// Each part registers its routes here; a recurring job sends the timetable's reminders and keeps
// open cycles' drafts following the data (cycles/cycles.job.ts).
export const appraisalModule: FastifyPluginAsync = async (app) => {
  await app.register(planRoutes);
  await app.register(cycleRoutes);
  await app.register(sheetRoutes);
  await app.register(appealRoutes);
  await app.register(distributionRoutes);
  await app.register(payrollRoutes);
  await app.register(followUpRoutes);
  await app.register(exportRoutes);
  await app.register(trendRoutes);

  let job: ReturnType<typeof startAppraisalJob> | null = null;
  app.addHook('onReady', async () => {
    job = startAppraisalJob(app.handle.db, app.log);
  });
  app.addHook('onClose', async () => {
    await job?.stop();
  });
};
