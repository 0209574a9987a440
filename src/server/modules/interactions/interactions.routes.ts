import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JobRunner } from '../../lib/jobs.js';
import { onSettingChange } from '../../lib/settings.js';
import { importRoutes } from './imports/imports.routes.js';
import { IMPORT_JOB, importJobHandler } from './imports/import.worker.js';
import { kpiRoutes } from './kpi/kpi.routes.js';
import { recordRoutes } from './records/records.routes.js';
import { recountJobHandler, requestRecount, SL_RECOUNT_JOB } from './service-level/service-level.job.js';

// Interactions and KPIs (SPEC §8–9, issue 6). The module owns the in-process job worker that
// runs imports and service-level recounts (one at a time): it starts when the app is ready
// (taking up any job a previous process left queued or running) and hands its job back to the
// queue when the app closes. SEATWISE_JOBS=off leaves the worker stopped (tests that drive
// workers themselves). Every node runs such a worker on the shared table: a job is claimed by one
// of them (lib/jobs.ts), and when a node dies its job's lease runs out and another node resumes
// it. SEATWISE_JOB_LEASE_MS sets that lease (default 60 s: how long a dead node's import waits
// before another takes it over; the holder renews it every quarter of it).
const leaseMs = (env: string | undefined) => {
  const ms = Number(env);
  return env && Number.isInteger(ms) && ms >= 1000 ? ms : undefined;
};

export const interactionsModule: FastifyPluginAsyncZod = async (app) => {
  const runner = new JobRunner(
    app.handle.db,
    {
      [IMPORT_JOB]: importJobHandler(app.handle),
      [SL_RECOUNT_JOB]: recountJobHandler(app.handle.db),
    },
    {
      leaseMs: leaseMs(process.env.SEATWISE_JOB_LEASE_MS),
      onError: (err, job) => app.log.error({ err, jobId: job.id }, `${job.kind} job failed`),
    },
  );
  onSettingChange('interactions.serviceLevelSeconds', (trx, value) => requestRecount(trx, Number(value)));
  if (process.env.SEATWISE_JOBS !== 'off') {
    app.addHook('onReady', async () => runner.start());
    app.addHook('onClose', async () => runner.stop());
  }
  await app.register(importRoutes, { runner });
  await app.register(recordRoutes);
  await app.register(kpiRoutes);
};
