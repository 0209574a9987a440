import type { FastifyPluginAsync } from 'fastify';
import { clockRoutes } from './clock/clock.routes.js';
import { leaveRoutes } from './leave/leave.routes.js';
import { rostersRoutes } from './rosters/rosters.routes.js';
import { staffingRoutes } from './staffing/staffing.routes.js';
import { summaryRoutes } from './summary/summary.routes.js';
import { swapsRoutes } from './swaps/swaps.routes.js';

// Attendance and leave (考勤, SPEC §10, issue 19), mounted under /api/attendance:
//   rosters/  shift templates, team rosters, the schedule of record, my schedule
//   clock/    punches (imported or punched in the web), each scheduled day matched to them, exceptions
//   leave/    leave kinds, requests with their approval chain, balances, evidence files
//   swaps/    shift swaps between colleagues, overtime and the time off in lieu it earns
//   staffing/ the contacts forecast per interval and the agents Erlang C says it needs
//   summary/  the monthly summary, its export, and what other modules read (attendance.facts.ts)
export const attendanceModule: FastifyPluginAsync = async (app) => {
  await app.register(rostersRoutes);
  await app.register(clockRoutes);
  await app.register(leaveRoutes);
  await app.register(swapsRoutes);
  await app.register(staffingRoutes);
  await app.register(summaryRoutes);
};
