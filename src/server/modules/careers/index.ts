import type { FastifyPluginAsync } from 'fastify';
import { levelsRoutes } from './levels/levels.routes.js';
import { panelRoutes } from './panel/panel.routes.js';
import { pathRoutes } from './path/path.routes.js';
import { reserveRoutes } from './reserve/reserve.routes.js';
import { routinesRoutes } from './routines/routines.routes.js';

// Careers (SPEC §11, issue 21), mounted under /api/careers:
//   reserve/  the reserve team-lead competition: rounds, who is eligible and why (with evidence),
//             self-nomination and a lead's recommendation, HR screening, the published shortlist
//   panel/    the talk day: the score sheet, panel and peer scorers, averages, the chosen, the
//             published results and their enrolment in management training
//   path/     my path: where a person stands against the next step's criteria, and their record
//   routines/ the team lead's five time-spans routine (五大时空): checklists, ticks, completion
//   levels/   trainer grades, promotion standards computed from records, confirmations
// shared/events.ts is the career record every part writes to.
export const careersModule: FastifyPluginAsync = async (app) => {
  await app.register(reserveRoutes);
  await app.register(panelRoutes);
  await app.register(pathRoutes);
  await app.register(routinesRoutes);
  await app.register(levelsRoutes);
};
