import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// The Excel import of cards, under /api/drills/import (see import.service.ts).
export const importRoutes: FastifyPluginAsyncZod = async () => {};
