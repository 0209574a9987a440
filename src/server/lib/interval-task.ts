import type { FastifyBaseLogger } from 'fastify';

// A task the server runs every few minutes (the appraisal reminders, the morning flag of open
// shadowing problems). Machine time only says how long to sleep between runs; what is due is
// decided by the business clock inside `run`, so tests call `run` directly. A run still going
// when the next is due is not started twice; a failed run is logged and the next one tries again.

export function startIntervalTask(o: {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
  log: FastifyBaseLogger;
}) {
  let round: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (round) return;
    round = o
      .run()
      .catch((err: unknown) => o.log.error({ err }, `${o.name} failed`))
      .finally(() => (round = null));
  }, o.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
