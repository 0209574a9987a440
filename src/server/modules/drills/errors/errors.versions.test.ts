import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import { answers, CONTENT, okData, publishedForm } from '../../quality/forms/forms.testkit.js';
import { addCard, addDeck, boostRows, stateOf } from './errors.testkit.js';

// A link names the form and the item key, not a version: a new version that keeps the key keeps
// its cards (and boosts with the new label); one that drops the key leaves the link aside as an
// orphan, which can be cleared but not given new cards.

describe.each(DIALECTS)('drills: item links across form versions on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const NOW = '2026-11-06T02:00:00.000Z';
  let qa: Client;
  let formId: string;
  let formVersion: number;
  const card: Record<string, string> = {};
  const setCards = (itemKey: string, cardIds: string[]) =>
    qa.put(`/api/drills/links/forms/${formId}/items/${itemKey}`, { cardIds });

  beforeAll(async () => {
    setClock(NOW);
    qa = await env.as('qa');
    ({ id: formId, version: formVersion } = await publishedForm(qa));
    const deck = await addDeck(db());
    card.greet = await addCard(db(), deck);
    card.privacy = await addCard(db(), deck);
  });
  afterAll(() => setClock());

  it('keeps the cards of a kept key, sets aside those of a dropped key, and boosts by the new version', async () => {
    okData(await setCards('greet', [card.greet]));
    okData(await setCards('privacy', [card.privacy]));
    // Version 2: greet renamed, privacy dropped.
    const v2 = structuredClone(CONTENT) as { sections: { items: { key: string; label: string }[] }[] };
    v2.sections[0].items[0].label = '开场问候';
    v2.sections[2].items = v2.sections[2].items.filter((i) => i.key !== 'privacy');
    const draft = okData(
      await qa.put(`/api/quality/forms/${formId}/draft`, {
        name: `版本测试${formId.slice(-6)}`,
        passScore: 80,
        content: v2,
        version: formVersion,
      }),
    );
    okData(await qa.post(`/api/quality/forms/${formId}/publish`, { version: draft.version }));

    const links = okData(await qa.get(`/api/drills/links/forms/${formId}`));
    expect(links.publishedVersion).toBe(2);
    expect(links.items.find((i: any) => i.key === 'greet')).toMatchObject({
      label: '开场问候',
      cards: [{ id: card.greet }],
    });
    expect(links.items.some((i: any) => i.key === 'privacy')).toBe(false);
    expect(links.orphans).toMatchObject([{ key: 'privacy', cards: [{ id: card.privacy }] }]);
    expectError(await setCards('privacy', [card.privacy]), 422, 'LINK_ITEM_UNKNOWN', 'itemKey');

    const agentId = await employeeIdOf(db(), 'agent');
    const { privacy: _dropped, ...onV2 } = answers({ greet: 0 });
    const ev = okData(
      await qa.post('/api/quality/evaluations', {
        formId,
        method: 'side_by_side',
        agentId,
        day: '2026-11-06',
        answers: onV2,
        suggestion: { kind: 'retraining' },
      }),
    ).id as string;
    expect(await stateOf(db(), agentId, card.greet)).toMatchObject({
      due: NOW,
      boost_reason: 'qa_error',
      boost_ref: ev,
    });
    expect((await boostRows(db(), ev)).map((b) => [b.cause, b.cause_label])).toEqual([['greet', '开场问候']]);

    // The orphan can be cleared.
    expect(okData(await setCards('privacy', []))).toBeNull();
    expect(okData(await qa.get(`/api/drills/links/forms/${formId}`)).orphans).toEqual([]);
  });
});
