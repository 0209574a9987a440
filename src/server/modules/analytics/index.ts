import type { FastifyPluginAsync } from 'fastify';
import { effectsRoutes } from './effects/effects.routes.js';
import { factsRoutes } from './facts/facts.routes.js';
import { startAnalyticsRefresh } from './facts/refresh.job.js';
import { levelsRoutes } from './levels/levels.routes.js';
import { ratesRoutes } from './rates/rates.routes.js';
import { reportRoutes } from './report/report.routes.js';
import { warmReport } from './report/report.service.js';
import { retentionRoutes } from './retention/retention.routes.js';
import { startWarningSweep } from './warnings/sweep.job.js';
import { warningsRoutes } from './warnings/warnings.routes.js';

// Training proof (培训效果, SPEC §12, issue 22), mounted under /api/analytics:
//   stats/      the statistics, pure and tested against published worked examples: Kaplan–Meier
//               with Greenwood's variance, log-rank, Wilson, difference in differences, shrinkage
//   facts/      the rollups every page reads (analytics_people, *_months), rebuilt hourly and on demand
//   retention/  survival by hiring cohort, program, department, trainer, mentor; exits by kind
//   rates/      pass and elimination rates with Wilson intervals; elimination reasons
//   levels/     the four levels (Kirkpatrick) per program, with level 4 as a difference in differences
//   effects/    trainer and mentor effects on their learners, shrunk toward the center
//   warnings/   declining QA or KPIs flagged to the lead with their causes, and the lead's action
//   report/     the monthly training report: page, .xlsx and print
export const analyticsModule: FastifyPluginAsync = async (app) => {
  await app.register(factsRoutes);
  await app.register(retentionRoutes);
  await app.register(ratesRoutes);
  await app.register(levelsRoutes);
  await app.register(effectsRoutes);
  await app.register(warningsRoutes);
  await app.register(reportRoutes);

  let refresh: ReturnType<typeof startAnalyticsRefresh> | null = null;
  let sweep: ReturnType<typeof startWarningSweep> | null = null;
  app.addHook('onReady', async () => {
    refresh = startAnalyticsRefresh(app.handle.db, app.log, warmReport);
    sweep = startWarningSweep(app.handle.db, app.log);
  });
  app.addHook('onClose', async () => {
    await refresh?.stop();
    await sweep?.stop();
  });
};
