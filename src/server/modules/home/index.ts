import type { FastifyPluginAsync } from 'fastify';
import { panelsRoutes } from './panels/panels.routes.js';
import { workRoutes } from './work/work.routes.js';

// The home page (工作台, issue 26), mounted under /api/home:
//   work/    what waits for the signed-in person, gathered from every module's work source
//            (work/sources.ts), soonest due first, with the menu's counts
//   panels/  how the person's people are doing: QA trend, KPIs against target, attendance
//            exceptions, trainees at risk (an agent: their own next to their team's)
export const homeModule: FastifyPluginAsync = async (app) => {
  await app.register(workRoutes);
  await app.register(panelsRoutes);
};
