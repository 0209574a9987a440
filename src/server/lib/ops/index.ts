import { LogController, type FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import { observeRequest } from './metrics.js';
import { genReqId, REQUEST_ID_HEADER } from './request-id.js';

// Operations (issue 23): the logger's options, and the hooks an operator's tools rely on. The
// routes (health, readiness, metrics) live in modules/system; backup and restore in the CLI.

// Logs are JSON lines (pino's format) on stdout, each request's lines carrying its requestId.
// LOG_LEVEL=silent (the tests) turns logging off altogether.
export const opsServerOptions = (config: Pick<Config, 'logLevel'>) => ({
  logger: config.logLevel === 'silent' ? (false as const) : { level: config.logLevel },
  genReqId,
  requestIdHeader: false as const, // genReqId reads (and vets) X-Request-Id itself
  logController: new LogController({ requestIdLogLabel: 'requestId' }),
});

export async function registerOps(app: FastifyInstance) {
  // onSend, not onRequest: an answer refused by an earlier hook (401, 403) carries the id too.
  app.addHook('onSend', async (req, reply) => {
    reply.header(REQUEST_ID_HEADER, req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    // The route pattern (/api/employees/:id), so one series per endpoint, not per id.
    observeRequest(req.routeOptions.url ?? 'unmatched', req.method, reply.statusCode, reply.elapsedTime / 1000);
  });
}

export { countImportedRows } from './metrics.js';
