import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../common/roles.js';
import { loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { DEMO_PASSWORD, isEmpty, loadDemo } from './demo/index.js';
import { AppError } from './lib/errors.js';
import { backupDatabase, restoreDatabase } from './lib/ops/backup.js';
import { createUser, resetPasswordByUsername } from './modules/users/users.service.js';

// The operator's command line: npm run seatwise -- <command> [options], on DATABASE_URL.
const USAGE = `usage: npm run seatwise -- <command>
  migrate                                      bring the database schema up to date
  seed-demo [--force]                          load the demo call center (only into an empty database unless --force)
  create-user --username U --password P --role R [--role R2] [--name N]
                                               make an account (roles: ${ROLES.join(', ')})
  create-admin --username U [--name N] [--password P]
                                               make an administrator (the first one in production); without
                                               --password one is made and printed; it must be changed at first sign-in
  reset-password --username U [--password P]   set a new initial password (printed when not given), lift a lock
                                               and turn off the second factor; it must be changed at first sign-in
  import-interactions FILE --format asterisk|template|mapping:NAME
                                               import interactions (calls, chats, e-mails, tickets) from a file
  backup FILE [--force]                        copy the whole database to FILE while the server runs (SQLite online
                                               backup; PostgreSQL pg_dump -Fc); --force overwrites an existing FILE
  restore FILE [--force]                       replace the database with a backup (stop every node first); refuses
                                               a database that holds data unless --force
DATABASE_URL is sqlite:PATH (default sqlite:./data/seatwise.db) or postgres://…`;

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const handle = connect(config.databaseUrl);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateToLatest(handle);
        console.log(applied.length ? `migrated: ${applied.join(', ')}` : 'already up to date');
        return 0;
      }
      case 'seed-demo': {
        const { values } = parseArgs({ args: rest, options: { force: { type: 'boolean' } } });
        await migrateToLatest(handle);
        if (!(await isEmpty(handle.db)) && !values.force) {
          console.error('The database already has users; the demo is only loaded into an empty one.');
          return 2;
        }
        const { people, accounts } = await loadDemo(handle);
        console.log(
          `loaded the demo call center: ${people} people; sign-ins (password ${DEMO_PASSWORD}): ${accounts.map((a) => a.username).join(', ')}`,
        );
        return 0;
      }
      case 'create-user': {
        const { values } = parseArgs({
          args: rest,
          options: {
            username: { type: 'string' },
            password: { type: 'string' },
            role: { type: 'string', multiple: true },
            name: { type: 'string' },
          },
        });
        if (!values.username || !values.password || !values.role?.length) {
          console.error('create-user needs --username, --password and at least one --role\n' + USAGE);
          return 2;
        }
        const bad = values.role.filter((r) => !ROLES.includes(r as Role));
        if (bad.length) {
          console.error(`unknown role ${bad.join(', ')}; roles: ${ROLES.join(', ')}`);
          return 2;
        }
        await migrateToLatest(handle);
        const { id } = await createUser(handle.db, null, {
          username: values.username,
          displayName: values.name ?? values.username,
          roles: values.role as Role[],
          password: values.password,
        });
        console.log(`created user ${values.username} (${id}); the password must be changed at first sign-in`);
        return 0;
      }
      case 'create-admin': {
        const { values } = parseArgs({
          args: rest,
          options: { username: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
        });
        if (!values.username) {
          console.error('create-admin needs --username\n' + USAGE);
          return 2;
        }
        await migrateToLatest(handle);
        const { id, initialPassword } = await createUser(handle.db, null, {
          username: values.username,
          displayName: values.name ?? values.username,
          roles: ['admin'],
          password: values.password,
        });
        console.log(`created administrator ${values.username} (${id})`);
        if (!values.password) console.log(`initial password: ${initialPassword}`);
        console.log('it must be changed at first sign-in');
        return 0;
      }
      case 'reset-password': {
        const { values } = parseArgs({
          args: rest,
          options: { username: { type: 'string' }, password: { type: 'string' } },
        });
        if (!values.username) {
          console.error('reset-password needs --username\n' + USAGE);
          return 2;
        }
        await migrateToLatest(handle);
        const { initialPassword } = await resetPasswordByUsername(handle.db, values.username, values.password);
        console.log(
          `reset the password of ${values.username}${values.password ? '' : `; initial password: ${initialPassword}`}; it must be changed at first sign-in`,
        );
        return 0;
      }
      case 'import-interactions': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { format: { type: 'string' } },
          allowPositionals: true,
        });
        await migrateToLatest(handle);
        return await (
          await import('./modules/interactions/imports/import.cli.js')
        ).importInteractionsCli(handle, positionals[0], values.format);
      }
      case 'backup':
      case 'restore': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { force: { type: 'boolean' } },
          allowPositionals: true,
        });
        if (positionals.length !== 1) {
          console.error(`${command} needs one FILE\n${USAGE}`);
          return 2;
        }
        const target = { url: config.databaseUrl, handle };
        if (command === 'backup') {
          const { file, bytes } = await backupDatabase(target, positionals[0], values);
          console.log(`backed up ${handle.dialect} (${handle.where}) to ${file} (${bytes} bytes)`);
        } else {
          const { file } = await restoreDatabase(target, positionals[0], values);
          console.log(
            `restored ${handle.dialect} (${handle.where}) from ${file}; start the server to apply newer schema steps`,
          );
        }
        return 0;
      }
      default:
        console.error(`unknown command ${command}\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    console.error(err instanceof AppError ? `${err.errorCode}: ${err.message}` : (err as Error).message);
    return 1;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
