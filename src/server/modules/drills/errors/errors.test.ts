import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError, idsInTeams } from '../../../test/helpers.js';
import { scoreSession } from '../../quality/feedback/feedback.testkit.js';
import { okData, publishedForm } from '../../quality/forms/forms.testkit.js';
import { addCard, addDeck, boostRows, setLearned, stateOf } from './errors.testkit.js';

// Errors drive practice (issue 20 item 3): scorecard items linked to cards (bad input answered
// clearly), and an evaluation that fails a linked item makes its cards due today for that agent.
// The form is forms.testkit's CONTENT: greet, verify, need, accurate, compliant, privacy.

describe.each(DIALECTS)('drills: errors drive practice on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const NOW = '2026-11-06T02:00:00.000Z'; // a Friday
  let qa: Client;
  let trainer: Client;
  let agent: Client;
  let formId: string;
  let agentId: string;
  let otherAgentId: string;
  let deck: string;
  const card: Record<string, string> = {};
  const setCards = (c: Client, itemKey: string, cardIds: string[], form = formId) =>
    c.put(`/api/drills/links/forms/${form}/items/${itemKey}`, { cardIds });

  beforeAll(async () => {
    setClock(NOW);
    qa = await env.as('qa');
    trainer = await env.as('trainer');
    agent = await env.as('agent');
    formId = (await publishedForm(qa)).id;
    agentId = await employeeIdOf(db(), 'agent');
    [otherAgentId] = await idsInTeams(db(), ['CS1-2']);
    deck = await addDeck(db(), { name: '开场白卡组' });
    for (const k of ['greet', 'need', 'privacy', 'compliant', 'spare'])
      card[k] = await addCard(db(), deck, { prompt: `${k} 的标准话术` });
    card.archived = await addCard(db(), deck, { status: 'archived' });
    card.inArchivedDeck = await addCard(db(), await addDeck(db(), { status: 'archived' }));
  });
  afterAll(() => setClock());

  it('links cards to a scorecard item and answers bad input clearly', async () => {
    const forms = okData(await trainer.get('/api/drills/links/forms')) as any[];
    expect(forms.find((f) => f.id === formId)).toMatchObject({ publishedVersion: 1, linkedItems: 0 });

    const greet = okData(await setCards(trainer, 'greet', [card.greet, card.spare]));
    expect(greet).toMatchObject({ key: 'greet', label: '开场白', sectionKey: 'open' });
    expect(greet.cards.map((c: any) => c.id)).toEqual([card.greet, card.spare]);
    expect(greet.cards[0]).toMatchObject({ deckName: '开场白卡组', kind: 'recall', status: 'active' });
    // Replacing the list: spare goes, greet stays.
    okData(await setCards(qa, 'greet', [card.greet]));
    okData(await setCards(trainer, 'need', [card.need]));
    okData(await setCards(trainer, 'privacy', [card.privacy]));
    okData(await setCards(trainer, 'compliant', [card.compliant]));

    expectError(await setCards(trainer, 'greet', [card.greet], 'no-such-form'), 404, 'NOT_FOUND');
    expectError(await setCards(trainer, 'nope', [card.greet]), 422, 'LINK_ITEM_UNKNOWN', 'itemKey');
    expectError(await setCards(trainer, 'greet', [card.greet, 'no-such-card']), 422, 'LINK_CARD_UNKNOWN', 'cardIds.1');
    expectError(await setCards(trainer, 'greet', [card.archived]), 422, 'LINK_CARD_ARCHIVED', 'cardIds.0');
    expectError(await setCards(trainer, 'greet', [card.inArchivedDeck]), 422, 'LINK_CARD_ARCHIVED', 'cardIds.0');
    expectError(await setCards(trainer, 'greet', [card.greet, card.greet]), 400);
    expectError(await trainer.put(`/api/drills/links/forms/${formId}/items/greet`, { cardIds: 'x' }), 400);
    expectError(await setCards(agent, 'greet', []), 403);
    expectError(await setCards(await env.as('teamlead'), 'greet', []), 403); // drills.link: not a lead's
    expectError(await agent.get(`/api/drills/links/forms/${formId}`), 403);

    const links = okData(await trainer.get(`/api/drills/links/forms/${formId}`));
    expect(links.items.map((i: any) => [i.key, i.cards.map((c: any) => c.id)])).toEqual([
      ['greet', [card.greet]],
      ['verify', []],
      ['need', [card.need]],
      ['accurate', []],
      ['compliant', [card.compliant]],
      ['privacy', [card.privacy]],
    ]);
    expect(links.orphans).toEqual([]);
    expectError(await trainer.get('/api/drills/links/forms/no-such-form'), 404, 'NOT_FOUND');
    expect(
      (okData(await trainer.get('/api/drills/links/forms')) as any[]).find((f) => f.id === formId).linkedItems,
    ).toBe(4);

    // The picker finds active cards only.
    const found = okData(await trainer.get(`/api/drills/links/cards?q=${encodeURIComponent('greet 的')}`)) as any[];
    expect(found.map((c) => c.id)).toEqual([card.greet]);
    const all = (okData(await trainer.get(`/api/drills/links/cards?deckId=${deck}&limit=100`)) as any[]).map(
      (c) => c.id,
    );
    expect(all).toContain(card.spare);
    expect(all).not.toContain(card.archived);
  });

  let failedEv: string;

  it('a failed linked item makes its cards due now for that agent only; overdue stays overdue; passed and unlinked items do nothing', async () => {
    // The agent already knew two of the cards: need is overdue (due 1 Nov), privacy due in December.
    await setLearned(db(), agentId, card.need, deck, '2026-11-01T00:00:00.000Z');
    await setLearned(db(), agentId, card.privacy, deck, '2026-12-20T00:00:00.000Z');
    // greet, need, privacy and verify (unlinked) failed; compliant passed.
    failedEv = await scoreSession(qa, formId, agentId, '2026-11-06', { greet: 0, need: 2, privacy: 0, verify: 0 });

    expect(await stateOf(db(), agentId, card.greet)).toEqual({
      due: NOW,
      boost_reason: 'qa_error',
      boost_ref: failedEv,
      reps: 0, // never seen: joins the queue as new
    });
    expect(await stateOf(db(), agentId, card.need)).toMatchObject({
      due: '2026-11-01T00:00:00.000Z', // not moved later
      boost_reason: 'qa_error',
      reps: 3,
    });
    expect(await stateOf(db(), agentId, card.privacy)).toMatchObject({ due: NOW, boost_reason: 'qa_error', reps: 3 });
    expect(await stateOf(db(), agentId, card.compliant)).toBeUndefined(); // passed
    expect(await stateOf(db(), otherAgentId, card.greet)).toBeUndefined(); // someone else's evaluation
    expect((await boostRows(db(), failedEv)).map((b) => [b.cause, b.cause_label, b.card_id, b.reason])).toEqual([
      ['greet', '开场白', card.greet, 'qa_error'],
      ['need', '需求确认', card.need, 'qa_error'],
      ['privacy', '信息安全', card.privacy, 'qa_error'],
    ]);

    // A passing evaluation, and one failing only the unlinked item, send nothing.
    const passed = await scoreSession(qa, formId, otherAgentId, '2026-11-06');
    const unlinked = await scoreSession(qa, formId, otherAgentId, '2026-11-06', { verify: 0 });
    expect(await boostRows(db(), passed)).toEqual([]);
    expect(await boostRows(db(), unlinked)).toEqual([]);
    expect(
      await db().selectFrom('drill_states').select('card_id').where('employee_id', '=', otherAgentId).execute(),
    ).toEqual([]);
  });

  it('says what an evaluation sent to practice, to those who may see the evaluation', async () => {
    const mine = okData(await agent.get(`/api/drills/boosts?evaluationId=${failedEv}`)) as any[];
    expect(mine.map((b) => [b.causeLabel, b.card.id])).toEqual([
      ['开场白', card.greet],
      ['需求确认', card.need],
      ['信息安全', card.privacy],
    ]);
    expect(mine[0]).toMatchObject({ reason: 'qa_error', sourceId: failedEv, employeeId: agentId, boostedAt: NOW });
    expect(okData(await (await env.as('teamlead')).get(`/api/drills/boosts?evaluationId=${failedEv}`))).toHaveLength(3);
    expect(okData(await qa.get(`/api/drills/boosts?evaluationId=${failedEv}`))).toHaveLength(3);
    // Another team's agent sees nothing of it: not found, like an evaluation that does not exist.
    expectError(await (await env.as('mentor')).get(`/api/drills/boosts?evaluationId=${failedEv}`), 404);
    expectError(await agent.get('/api/drills/boosts?evaluationId=nope'), 404);
    expectError(await agent.get('/api/drills/boosts'), 400);
    expectError(await agent.get(`/api/drills/boosts?evaluationId=${failedEv}&attemptId=x`), 400);
  });

  it('a dispute that passes a failed item keeps its card as it is; a re-scored evaluation boosts nothing twice', async () => {
    // The agent practised greet since: it is due on the 20th now.
    await db()
      .updateTable('drill_states')
      .set({ due: '2026-11-20T00:00:00.000Z', reps: 1, boost_reason: null })
      .where('employee_id', '=', agentId)
      .where('card_id', '=', card.greet)
      .execute();
    setClock('2026-11-09T03:00:00Z');
    const dispute = okData(
      await agent.post(`/api/quality/evaluations/${failedEv}/disputes`, {
        scope: 'items',
        reason: '评分有误',
        items: [
          { itemKey: 'greet', proposedValue: 1, reason: '已问候' },
          { itemKey: 'need', proposedValue: 5, reason: '已确认' },
        ],
      }),
    ).id;
    const lead = await env.as('teamlead');
    okData(
      await lead.post(`/api/quality/disputes/${dispute}/decision`, {
        items: [
          { itemKey: 'greet', outcome: 'change', value: 1, reason: '录音中有问候' },
          { itemKey: 'need', outcome: 'keep', reason: '需求确认不完整' },
        ],
        note: '复核录音',
      }),
    );
    // greet passes now, but what was sent stays: the card keeps its schedule, the log its row.
    expect(await stateOf(db(), agentId, card.greet)).toMatchObject({ due: '2026-11-20T00:00:00.000Z', reps: 1 });
    expect((await boostRows(db(), failedEv)).map((b) => b.cause)).toEqual(['greet', 'need', 'privacy']);
    setClock(NOW);
  });
});
