import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDrillsDemo } from '../../../demo/drills.js';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { countRows } from '../../../test/helpers.js';
import { CLOCK } from './decks.testkit.js';

// The drills demo (demo/drills.ts): the decks a contact center drills, made by the training
// manager through the service, 8–12 cards each; a second run leaves everything as it is.

describe.each(DIALECTS)('drills demo on $name', (dialect) => {
  const env = useTestEnv(dialect);
  beforeAll(() => setClock(CLOCK));
  afterAll(() => setClock());

  it('builds the decks once, through the service, and a second run changes nothing', async () => {
    const db = env.handle.db;
    await seedDrillsDemo(db);
    const counts = async () => [
      await countRows(db, 'drill_decks'),
      await countRows(db, 'drill_cards'),
      await countRows(db, 'drill_card_revisions'),
      await countRows(db, 'audit_log'),
    ];
    const first = await counts();
    await seedDrillsDemo(db);
    expect(await counts()).toEqual(first);

    const trainer = await env.as('trainer');
    const decks = (await trainer.get('/api/drills/decks')).body.data as Array<{
      name: string;
      category: string;
      cardCount: number;
      audience: { statuses: string[] };
    }>;
    expect(decks.map((d) => d.category).sort()).toEqual(
      ['faq', 'interface', 'opening_closing', 'product_codes', 'region_codes', 'transfer'].sort(),
    );
    for (const d of decks) expect(d.cardCount).toBeGreaterThanOrEqual(8);
    for (const d of decks) expect(d.cardCount).toBeLessThanOrEqual(12);
    expect(decks.filter((d) => d.audience.statuses.length > 0).map((d) => d.audience.statuses)).toEqual([['trainee']]);
    const byTraining = await db
      .selectFrom('audit_log')
      .select('actor_name')
      .where('entity', '=', 'drill_deck')
      .where('action', '=', 'create')
      .execute();
    expect(new Set(byTraining.map((a) => a.actor_name)).size).toBe(1);
  });
});
