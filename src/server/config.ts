import { z } from 'zod';

/** Fastify's trustProxy (its types take a hop count only as a function). */
export type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);
const hops = (n: number) => (_address: string, hop: number) => hop < n;
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

// A bearer token for Prometheus at /api/metrics; unset, only an administrator's session may read it.
// Empty counts as unset (a compose file's `METRICS_TOKEN=` should not stop the server).
const MetricsToken = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.string().min(16, 'must be at least 16 characters').optional(),
);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/seatwise.db')
    .refine((v) => v.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(v), {
      message: 'must be sqlite:PATH or postgres://…',
    }),
  // Load the demo call center into an empty database on start (never into one that has data).
  // Unset: yes in development, no in production. SEATWISE_DEMO=1/0 says the same.
  SEED_DEMO: flag.optional(),
  SEATWISE_DEMO: flag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  // Production when SEATWISE_MODE=production, or when it is unset and NODE_ENV=production.
  NODE_ENV: z.string().default('development'),
  SEATWISE_MODE: z.enum(['production', 'development']).optional(),
  // Browsers may send state-changing requests only from these origins (besides the server's own).
  TRUSTED_ORIGINS: z.string().default(''),
  // Behind HTTPS (directly or at a proxy): the session cookie gets Secure, and HSTS is sent.
  // Unset: on in production, off in development.
  SECURE_COOKIES: flag.optional(),
  // TLS ending at a reverse proxy: trust its X-Forwarded-For / -Proto. 'false', 'true' (any
  // proxy), a hop count, or comma-separated addresses/CIDRs of the proxies.
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx): TrustProxy => {
      const t = v.trim();
      if (t === 'false' || t === '') return false;
      if (t === 'true') return true;
      if (/^\d+$/.test(t)) return hops(Number(t));
      const list = t
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (list.every((a) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(a))) return list;
      ctx.addIssue({
        code: 'custom',
        message: 'must be false, true, a hop count or addresses/CIDRs separated by commas',
      });
      return z.NEVER;
    }),
  METRICS_TOKEN: MetricsToken,
});

export type Mode = 'production' | 'development';

export type Config = {
  mode: Mode;
  port: number;
  host: string;
  databaseUrl: string;
  seedDemo: boolean;
  /** The demo was asked for (SEED_DEMO/SEATWISE_DEMO/--demo), not merely the development default. */
  demoAsked: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  secureCookies: boolean;
  /** Fastify's trustProxy: which proxies' X-Forwarded-* headers to believe (req.ip, req.protocol). */
  trustProxy?: TrustProxy;
  trustedOrigins: string[];
  /** Bearer token a metrics scraper sends (METRICS_TOKEN); unset: administrators' sessions only. */
  metricsToken?: string;
};

/** `argv` may carry --demo (npm start -- --demo): the same as SEATWISE_DEMO=1. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    console.error(`Seatwise: bad configuration\n${lines.join('\n')}`);
    process.exit(1);
  }
  const e = parsed.data;
  const mode: Mode = e.SEATWISE_MODE ?? (e.NODE_ENV === 'production' ? 'production' : 'development');
  const asked = argv.includes('--demo') ? true : (e.SEATWISE_DEMO ?? e.SEED_DEMO);
  return {
    mode,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    seedDemo: asked ?? mode === 'development',
    demoAsked: asked === true,
    logLevel: e.LOG_LEVEL,
    secureCookies: e.SECURE_COOKIES ?? mode === 'production',
    trustProxy: e.TRUST_PROXY,
    trustedOrigins: e.TRUSTED_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    metricsToken: e.METRICS_TOKEN,
  };
}

/** METRICS_TOKEN as the metrics route reads it on each scrape (loadConfig has refused a bad one at start). */
export const metricsTokenOf = (env: NodeJS.ProcessEnv = process.env) =>
  MetricsToken.catch(undefined).parse(env.METRICS_TOKEN);
