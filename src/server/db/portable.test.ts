import { beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import { containsCi, isUniqueViolation } from './portable.js';

// The one place the engines differ, checked on each: a case-insensitive "contains" that takes
// %, _ and \ literally, and the recognition of a unique-constraint violation.

describe.each(DIALECTS)('portable SQL on $name', (dialect) => {
  const env = useTestEnv(dialect, { seed: false });
  const words = ['100%', '100 percent', 'a_b', 'axb', 'back\\slash', 'backslash', 'Zhang SAN', '张三丰'];
  type Scratch = { scratch: { word: string } };
  const db = () => env.handle.db as unknown as Kysely<Scratch>;

  beforeAll(async () => {
    await db()
      .schema.createTable('scratch')
      .addColumn('word', 'text', (c) => c.primaryKey())
      .execute();
    await db()
      .insertInto('scratch')
      .values(words.map((word) => ({ word })))
      .execute();
  });

  const search = async (needle: string) =>
    (
      await db()
        .selectFrom('scratch')
        .select('word')
        .where((eb) => containsCi(dialect.name, eb.ref('word'), needle))
        .orderBy('word')
        .execute()
    ).map((r) => r.word);

  it('takes %, _ and \\ in the needle literally', async () => {
    expect(await search('%')).toEqual(['100%']);
    expect(await search('_')).toEqual(['a_b']);
    expect(await search('\\')).toEqual(['back\\slash']);
    expect(await search('a_b')).toEqual(['a_b']);
    expect(await search('0%')).toEqual(['100%']);
  });

  it('ignores the case of Latin letters and finds Chinese substrings', async () => {
    expect(await search('zhang san')).toEqual(['Zhang SAN']);
    expect(await search('三')).toEqual(['张三丰']);
    expect(await search('SLASH')).toEqual(['back\\slash', 'backslash']);
  });

  it('recognises a unique violation and nothing else', async () => {
    const dup = await db()
      .insertInto('scratch')
      .values({ word: 'a_b' })
      .execute()
      .catch((e: unknown) => e);
    expect(isUniqueViolation(dup)).toBe(true);
    const other = await db()
      .selectFrom('no_such_table' as 'scratch')
      .selectAll()
      .execute()
      .catch((e: unknown) => e);
    expect(other).toBeInstanceOf(Error);
    expect(isUniqueViolation(other)).toBe(false);
  });
});
