import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, allow, ok, okSchema } from '../../lib/http.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, badRequest } from '../../lib/errors.js';
import {
  forgetSetting,
  isSettingKey,
  listSettings,
  NEEDS_RESTART,
  putSetting,
  SETTING_MAX,
  settingBounds,
  settingProblem,
} from '../../lib/settings.js';
import { opsRoutes } from './ops.routes.js';

const started = Date.now(); // machine time: uptime is the process's, not business time

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, dialect } = app.handle;
  await app.register(opsRoutes);

  // Liveness: the process answers. Cheap and free of the database on purpose, so a slow database
  // does not get a node restarted; /ready (ops.routes.ts) is the probe that asks the database.
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Is the process up, and on which database engine (liveness; /api/ready asks the database)',
        response: {
          200: okSchema(
            z.object({
              dialect: z.enum(['sqlite', 'postgres']),
              uptimeSeconds: z.number(),
              version: z.string(),
            }),
          ),
        },
      },
    },
    async () =>
      ok({
        dialect,
        uptimeSeconds: Math.round((Date.now() /* machine time */ - started) / 1000),
        version: '0.1.0',
      }),
  );

  const Setting = z.object({
    key: z.string(),
    value: z.unknown(),
    defaultValue: z.unknown(),
    updatedAt: z.string().nullable(),
    min: z.number().describe('the least value accepted'),
    max: z.number().describe('the most value accepted'),
    needsRestart: z.boolean().describe('read once at start-up: a change applies after a restart'),
  });
  app.get(
    '/settings',
    {
      preHandler: allow('settings.write'),
      schema: {
        tags: ['system'],
        summary: 'Every setting with its default, its bounds and whether a change needs a restart',
        response: { 200: okSchema(z.array(Setting)) },
      },
    },
    async () =>
      ok(
        (await listSettings(db)).map((s) => ({
          ...s,
          ...settingBounds(s.key),
          needsRestart: NEEDS_RESTART.has(s.key),
        })),
      ),
  );

  app.put(
    '/settings/:key',
    {
      preHandler: allow('settings.write'),
      schema: {
        tags: ['system'],
        summary: 'Change a setting',
        params: z.object({ key: z.string().max(64) }),
        body: z.object({
          value: z.number().min(-SETTING_MAX).max(SETTING_MAX),
          reason: z.string().trim().min(2).max(500),
        }),
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      const key = req.params.key;
      if (!isSettingKey(key)) throw badRequest('UNKNOWN_SETTING', `No setting ${key}`, 'key');
      const problem = settingProblem(key, req.body.value);
      if (problem) throw new AppError(400, problem.code, `${key} ${problem.message}`, 'value', problem.params);
      const before = (await listSettings(db)).find((s) => s.key === key)!.value;
      const actor = actorOf(req);
      await db.transaction().execute(async (trx) => {
        await putSetting(trx, key, req.body.value, actor.userId);
        await recordAudit(trx, actor, {
          action: 'update',
          entity: 'setting',
          entityId: key,
          oldValue: before,
          newValue: req.body.value,
          reason: req.body.reason,
        });
      });
      forgetSetting(key);
      return ok(null);
    },
  );
};
