import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DbHandle } from './db/connect.js';
import { registerErrorHandling, sendError } from './lib/error-handler.js';
import { registerAuthHooks } from './lib/auth-hooks.js';
import { registerExportAudit } from './lib/audit-exports.js';
import { registerInputGuard } from './lib/input-guard.js';
import { registerSecurityHeaders } from './lib/security-headers.js';
import { getSetting } from './lib/settings.js';
import { registerModules } from './modules/index.js';

export interface AppDeps {
  config: Pick<Config, 'logLevel' | 'secureCookies' | 'trustedOrigins' | 'trustProxy'> &
    Partial<Pick<Config, 'mode' | 'seedDemo'>>;
  handle: DbHandle;
  /** Serve the built web app from dist/web when it exists. */
  serveWeb?: boolean;
  /** Where the built web app is (tests); dist/web by default. */
  webRoot?: string;
}

export type App = FastifyInstance;

export async function buildApp({ config, handle, serveWeb = true, webRoot: givenWebRoot }: AppDeps) {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('handle', handle);
  // What the sign-in page may say: the demo's published sign-ins only where the demo was loaded.
  app.decorate('deployment', { mode: config.mode ?? 'development', demo: config.seedDemo ?? true });
  app.decorateRequest('actor', null);
  // Before any plugin, so routes they add (the docs) answer errors in the same shape.
  registerErrorHandling(app);
  // The API description is public, like health and login.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, public: true };
  });

  await registerSecurityHeaders(app, { https: config.secureCookies });
  await app.register(cookie);
  // A route may ask for its own limit (interactions.maxUploadMb); the rest take uploads.maxMb.
  const uploadMb = await getSetting(handle.db, 'uploads.maxMb');
  await app.register(multipart, { limits: { fileSize: uploadMb * 1024 * 1024, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Seatwise API', version: '0.1.0', description: '坐席培训与质检管理系统 API' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sw_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  // The docs live under the app's own CSP (lib/security-headers.ts): swagger-ui has no inline script.
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  registerAuthHooks(app, config);
  registerExportAudit(app);
  registerInputGuard(app);
  await app.register(registerModules, { prefix: '/api', secureCookies: config.secureCookies });

  const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
  const webRootAlt = resolve(process.cwd(), 'dist/web');
  const root = givenWebRoot ?? (existsSync(webRoot) ? webRoot : webRootAlt);
  if (serveWeb && existsSync(join(root, 'index.html'))) {
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  }
  const hasWeb = serveWeb && existsSync(join(root, 'index.html'));
  // The web app routes on the client: any non-API GET that is not a file gets index.html.
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api'))
      return reply.type('text/html').sendFile('index.html');
    return sendError(reply, 404, 'NOT_FOUND', `No route ${req.method} ${req.url.split('?')[0]}`);
  });
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    handle: DbHandle;
    deployment: { mode: 'production' | 'development'; demo: boolean };
  }
}
