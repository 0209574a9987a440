import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
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
import { registerErrorHandling } from './lib/error-handler.js';
import { registerAuthHooks } from './lib/auth-hooks.js';
import { registerExportAudit } from './lib/audit-exports.js';
import { registerInputGuard } from './lib/input-guard.js';
import { registerSecurityHeaders } from './lib/security-headers.js';
import { getSetting } from './lib/settings.js';
import { registerModules } from './modules/index.js';
import { opsServerOptions, registerOps } from './lib/ops/index.js';
import { registerWebApp } from './lib/web-app.js';

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
    ...opsServerOptions(config),
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
  // Before the modules, so its hooks (request ids, metrics) see every route.
  await registerOps(app);
  await app.register(registerModules, { prefix: '/api', secureCookies: config.secureCookies });

  await registerWebApp(app, { serveWeb, webRoot: givenWebRoot });
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    handle: DbHandle;
    deployment: { mode: 'production' | 'development'; demo: boolean };
  }
}
