import type { FastifyPluginAsync } from 'fastify';
import { disciplineRoutes } from './discipline.routes.js';

export { cleanRecord, confirmedRecords, type ConfirmedRecord } from './discipline.facts.js';

// Discipline records (纪律记录, issue 17 item 6), mounted under /api/discipline. Other modules
// read the records that count through cleanRecord / confirmedRecords (discipline.facts.ts).
export const disciplineModule: FastifyPluginAsync = async (app) => {
  await app.register(disciplineRoutes, { prefix: '/discipline' });
};
