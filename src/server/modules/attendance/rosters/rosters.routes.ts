import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { rosterImportRoutes } from './import.routes.js';
import { rosterRoutes } from './roster.routes.js';
import { shiftsRoutes } from './shifts.routes.js';

// The rosters part of attendance (issue 19 item 1), under /api/attendance: shift templates
// (shifts.*), team rosters on a people × days grid and each person's schedule (roster.routes.ts,
// rosters.*), imports (import.*) and the schedule of record others read (schedule.service.ts).
export const rostersRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(shiftsRoutes);
  await app.register(rosterRoutes);
  await app.register(rosterImportRoutes);
};
