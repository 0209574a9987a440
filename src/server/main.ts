import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { DEMO_PASSWORD, isEmpty, loadDemo } from './demo/index.js';
import { purgeExpiredSessions } from './lib/sessions.js';

const config = loadConfig();
const handle = connect(config.databaseUrl);

try {
  const applied = await migrateToLatest(handle);
  if (applied.length) console.log(`Seatwise: migrated ${handle.dialect} (${applied.join(', ')})`);
  if (config.seedDemo && (await isEmpty(handle.db))) {
    const { people, accounts } = await loadDemo(handle);
    console.log(`Seatwise: loaded the demo call center (${people} people).`);
    console.log(`Demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const a of accounts) console.log(`  ${a.username.padEnd(10)} ${a.label}`);
  }
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
console.log(`Seatwise is running at http://localhost:${config.port} on ${handle.dialect} (${handle.where})`);
