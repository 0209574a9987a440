import { beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import { openBulkWriter, type BulkPlan, type BulkTable } from './portable.js';

// The bulk writer keeps one transaction open while a batch is handed over in parts. Meanwhile
// the app goes on serving: its reads see the committed state at once, and its writes wait for
// the batch instead of failing — on SQLite a write that waited for the lock synchronously would
// block the very event loop the next part needs ("database is locked" after busy_timeout).

describe.each(DIALECTS)('bulk writer alongside the app on $name', (dialect) => {
  const env = useTestEnv(dialect, { seed: false });
  type Scratch = { bulk_calls: { id: string; owner: string }; app_notes: { id: string; body: string } };
  const db = () => env.handle.db as unknown as Kysely<Scratch>;
  const CALLS: BulkTable = {
    table: 'bulk_calls',
    columns: [
      ['id', 'text'],
      ['owner', 'text'],
    ],
  };
  const part = (ids: string[], commit: boolean): BulkPlan => ({
    commit,
    insertNew: { into: CALLS, rows: ids.map((id) => [id, 'import-1']), ownerColumn: 'owner' },
  });
  const calls = async () => (await db().selectFrom('bulk_calls').select('id').orderBy('id').execute()).map((r) => r.id);

  beforeAll(async () => {
    await db()
      .schema.createTable('bulk_calls')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner', 'text')
      .execute();
    await db()
      .schema.createTable('app_notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('body', 'text')
      .execute();
  });

  it('lets the app read and write while a batch is open between parts; its writes land once the batch commits', async () => {
    const writer = await openBulkWriter(env.handle);
    try {
      await writer.batch(part(['c1', 'c2'], false));
      expect(await calls()).toEqual([]); // not committed yet, and the read was not held up

      const started = Date.now();
      const write = db().insertInto('app_notes').values({ id: 'n1', body: 'saved during an import' }).execute();
      const inTransaction = db()
        .transaction()
        .execute(async (trx) => {
          await trx.insertInto('app_notes').values({ id: 'n2', body: 'in a transaction' }).execute();
          return trx.selectFrom('bulk_calls').select('id').execute();
        });
      await new Promise((r) => setTimeout(r, 50)); // the next part is checked meanwhile
      const second = await writer.batch(part(['c2', 'c3'], true)); // c2 is the batch's own, from part 1
      expect(second).toMatchObject({ inserted: 1, other: 1 });

      await write;
      // SQLite has one writer at a time: the transaction ran after the batch and saw it. PostgreSQL
      // locks rows, not the file: it ran at once, before the batch committed.
      expect((await inTransaction).length).toBe(dialect.name === 'sqlite' ? 3 : 0);
      expect(Date.now() - started).toBeLessThan(4000); // waited for the batch, not for busy_timeout
      expect(await calls()).toEqual(['c1', 'c2', 'c3']);
      expect((await db().selectFrom('app_notes').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual([
        'n1',
        'n2',
      ]);
    } finally {
      await writer.close();
    }
  });

  it('lets the app write again after a batch fails and is undone', async () => {
    const writer = await openBulkWriter(env.handle);
    try {
      await writer.batch(part(['f1'], false));
      const write = db().insertInto('app_notes').values({ id: 'n3', body: 'after a failed batch' }).execute();
      const failing: BulkPlan = {
        ...part(['f2'], true),
        run: [{ sql: 'INSERT INTO no_such_table VALUES (1)', params: [] }],
      };
      await expect(writer.batch(failing)).rejects.toThrow();
      await write;
      expect(await calls()).not.toContain('f1');
      expect(await db().selectFrom('app_notes').select('id').where('id', '=', 'n3').executeTakeFirst()).toEqual({
        id: 'n3',
      });
    } finally {
      await writer.close();
    }
  });
});
