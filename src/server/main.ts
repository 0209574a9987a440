import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { DEMO_PASSWORD, isEmpty, PUBLISHED_PASSWORDS } from './demo/published.js';
import { productionStartVerdict, refusePublishedPasswords } from './lib/security-production.js';
import { purgeExpiredSessions } from './lib/sessions.js';

const config = loadConfig(process.env, process.argv.slice(2));
const handle = connect(config.databaseUrl);
if (config.mode === 'production') refusePublishedPasswords(PUBLISHED_PASSWORDS);

try {
  const applied = await migrateToLatest(handle);
  if (applied.length) console.log(`Seatwise: migrated ${handle.dialect} (${applied.join(', ')})`);
  if (config.seedDemo && (await isEmpty(handle.db))) {
    const { loadDemo } = await import('./demo/index.js');
    const { people, accounts } = await loadDemo(handle);
    console.log(`Seatwise: loaded the demo call center (${people} people).`);
    console.log(`Demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const a of accounts) console.log(`  ${a.username.padEnd(10)} ${a.label}`);
  }
  if (config.mode === 'production' && !config.seedDemo && (await isEmpty(handle.db))) {
    console.log(
      'Seatwise (production): no accounts yet; create the first administrator with\n  npm run seatwise -- create-admin --username NAME',
    );
  }
  const verdict = await productionStartVerdict(handle.db, { ...config, published: PUBLISHED_PASSWORDS });
  if (!verdict.ok) {
    console.error(`Seatwise: ${verdict.problem}`);
    await handle.close();
    process.exit(1);
  }
  for (const w of verdict.warnings) console.warn(`Seatwise: WARNING: ${w}`);
  await purgeExpiredSessions(handle.db);
} catch (err) {
  console.error(`Seatwise: cannot prepare the database at ${handle.where}: ${(err as Error).message}`);
  process.exit(1);
}

const app = await buildApp({ config, handle });
const close = async () => {
  await app.close();
  await handle.close();
  process.exit(0);
};
process.on('SIGINT', close);
process.on('SIGTERM', close);

await app.listen({ port: config.port, host: config.host });
console.log(
  `Seatwise is running at http://localhost:${config.port} on ${handle.dialect} (${handle.where}), ${config.mode} mode`,
);
