import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';

// Operations (issue 23): the logger's options, and the hooks and routes an operator's tools
// read (health, readiness, metrics). Filled in by the operations work.
export const opsServerOptions = (config: Pick<Config, 'logLevel'>) => ({
  logger: config.logLevel === 'silent' ? (false as const) : { level: config.logLevel },
});

export async function registerOps(_app: FastifyInstance) {}
