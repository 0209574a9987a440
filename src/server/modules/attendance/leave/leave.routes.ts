import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestsRoutes } from './requests.routes.js';
import { setupRoutes } from './setup.routes.js';

// The leave part of attendance (issue 19), under /api/attendance/leave: kinds, balances and
// work-years profiles (setup.routes.ts); requests, their decisions and files (requests.routes.ts).
export const leaveRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(
    async (leave) => {
      await leave.register(setupRoutes);
      await leave.register(requestsRoutes);
    },
    { prefix: '/leave' },
  );
};
