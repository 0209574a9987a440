import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, employeeIdOf, expectError, userIdOf } from '../../../test/helpers.js';
import { scoreSession } from '../feedback/feedback.testkit.js';
import { setClock } from '../../../lib/clock.js';
import { okData, publishedForm } from '../forms/forms.testkit.js';

// Disputes (申诉, SPEC §8, issue 7 item 6): the agent disputes within 3 working days of the
// feedback (or of scoring while none was given); one dispute per evaluation; only the agent's
// direct supervisor decides, item by item with reasons; the final score replaces the score in
// reports while the original stays in the evaluation and the audit log; visibility.

describe.each(DIALECTS)('quality disputes on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let formId: string;
  let ids: { agent: string; lead: string; leadUser: string; agentUser: string };
  const sign = (u: string) => env.as(u);
  const panel = async (c: Client, ev: string) => okData(await c.get(`/api/quality/evaluations/${ev}/feedback`));
  const noticesOf = (userId: string, kind: string) =>
    db().selectFrom('notifications').selectAll().where('user_id', '=', userId).where('kind', '=', kind).execute();

  beforeAll(async () => {
    formId = (await publishedForm(await sign('qa'))).id;
    ids = {
      agent: await employeeIdOf(db(), 'agent'),
      lead: await employeeIdOf(db(), 'teamlead'),
      leadUser: await userIdOf(db(), 'teamlead'),
      agentUser: await userIdOf(db(), 'agent'),
    };
    const agentRow = await db()
      .selectFrom('employees')
      .select('supervisor_id')
      .where('id', '=', ids.agent)
      .executeTakeFirstOrThrow();
    expect(agentRow.supervisor_id).toBe(ids.lead); // the demo agent's direct supervisor is the team lead
  });
  afterAll(() => setClock());

  let disputed: string;
  let lateFeedback: string;
  let noFeedback: string;

  it('opens a dispute only within the window: 3 working days after the feedback, or after scoring without it', async () => {
    setClock('2026-11-06T02:00:00Z'); // Friday
    const qa = await sign('qa');
    disputed = await scoreSession(qa, formId, ids.agent, '2026-11-06', { greet: 0, need: 2 }); // 78
    lateFeedback = await scoreSession(qa, formId, ids.agent, '2026-11-06', { privacy: 0 }); // 90
    noFeedback = await scoreSession(qa, formId, ids.agent, '2026-11-06', { greet: 0 }); // 90
    okData(
      await qa.post(`/api/quality/evaluations/${disputed}/feedback`, { mode: 'one_to_one', notes: '开场白与需求确认' }),
    );
    expect(await panel(await sign('agent'), disputed)).toMatchObject({
      isAgent: true,
      disputeWindowEndsOn: '2026-11-11',
      mayDispute: true,
      score: 78,
      finalScore: 78,
    });

    setClock('2026-11-09T02:00:00Z');
    okData(
      await (
        await sign('qa')
      ).post(`/api/quality/evaluations/${lateFeedback}/feedback`, { mode: 'one_to_one', notes: '信息安全' }),
    );

    setClock('2026-11-12T02:00:00Z'); // Thursday: the window from Friday's scoring closed with Wednesday
    const agent = await sign('agent');
    expectError(
      await agent.post(`/api/quality/evaluations/${noFeedback}/disputes`, { scope: 'whole', reason: '不认同' }),
      422,
      'DISPUTE_WINDOW_CLOSED',
    );
    expectError(
      await agent.post(`/api/quality/evaluations/${disputed}/disputes`, { scope: 'whole', reason: '不认同' }),
      422,
      'DISPUTE_WINDOW_CLOSED',
    );
    expect(await panel(agent, lateFeedback)).toMatchObject({ disputeWindowEndsOn: '2026-11-12', mayDispute: true });
    // Sent twice at once: one dispute is opened, the other request hears it is already open.
    const both = await Promise.all(
      [1, 2].map(() =>
        agent.post(`/api/quality/evaluations/${lateFeedback}/disputes`, {
          scope: 'whole',
          reason: '当时客户主动提供信息',
        }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expectError(
      both.find((r) => r.status === 409)!,
      409,
      'DISPUTE_OPEN',
    );
    const whole = okData(both.find((r) => r.status === 200)!).id;
    expect(okData(await agent.get(`/api/quality/disputes/${whole}`))).toMatchObject({
      scope: 'whole',
      status: 'open',
      scoreBefore: 90,
      items: [],
    });
    expectError(
      await agent.post(`/api/quality/evaluations/${lateFeedback}/disputes`, { scope: 'whole', reason: '再次' }),
      409,
      'DISPUTE_OPEN',
    );
  });

  it('refuses disputes by anyone but the agent, and malformed item lists, writing nothing', async () => {
    setClock('2026-11-10T02:00:00Z');
    const before = await countRows(db(), 'qa_disputes');
    expectError(
      await (
        await sign('teamlead')
      ).post(`/api/quality/evaluations/${disputed}/disputes`, { scope: 'whole', reason: '代申诉' }),
      403,
      'NOT_THE_AGENT',
    );
    const agent = await sign('agent');
    expectError(
      await agent.post(`/api/quality/evaluations/${disputed}/disputes`, { scope: 'items', reason: '不认同' }),
      422,
      'ITEMS_REQUIRED',
      'items',
    );
    expectError(
      await agent.post(`/api/quality/evaluations/${disputed}/disputes`, {
        scope: 'items',
        reason: '不认同',
        items: [{ itemKey: 'nope', reason: '无' }],
      }),
      422,
      'UNKNOWN_ITEM',
      'items.0.itemKey',
    );
    expectError(
      await agent.post(`/api/quality/evaluations/${disputed}/disputes`, {
        scope: 'items',
        reason: '不认同',
        items: [
          { itemKey: 'greet', reason: '甲' },
          { itemKey: 'greet', reason: '乙' },
        ],
      }),
      422,
      'DUPLICATE_ITEM',
      'items.1.itemKey',
    );
    // A proposed answer is one the item takes, by the scoring function's rule: yes/no 1 or 0, a scale a whole 0..max.
    const propose = (itemKey: string, proposedValue: number) =>
      agent.post(`/api/quality/evaluations/${disputed}/disputes`, {
        scope: 'items',
        reason: '不认同',
        items: [{ itemKey, proposedValue, reason: '应为' }],
      });
    expectError(await propose('greet', 0.5), 422, 'VALUE_OUT_OF_RANGE', 'items.0.proposedValue');
    expectError(await propose('greet', 2), 422, 'VALUE_OUT_OF_RANGE', 'items.0.proposedValue');
    expectError(await propose('need', 3.5), 422, 'VALUE_OUT_OF_RANGE', 'items.0.proposedValue');
    expectError(await propose('need', 6), 422, 'VALUE_OUT_OF_RANGE', 'items.0.proposedValue');
    expect(await countRows(db(), 'qa_disputes')).toBe(before);
  });

  it('lets only the direct supervisor decide each disputed item; the final score replaces the score while the original stays', async () => {
    setClock('2026-11-10T03:00:00Z');
    const agent = await sign('agent');
    const id = okData(
      await agent.post(`/api/quality/evaluations/${disputed}/disputes`, {
        scope: 'items',
        reason: '评分有误',
        items: [
          { itemKey: 'greet', proposedValue: 1, reason: '录音第3秒已问候' },
          { itemKey: 'need', proposedValue: 4, reason: '已确认需求' },
        ],
      }),
    ).id;
    expect(await noticesOf(ids.leadUser, 'quality_dispute_opened')).toHaveLength(2);

    const lead = await sign('teamlead');
    const manager = await sign('manager');
    const toReview = okData(await lead.get('/api/quality/disputes?toReview=true')) as any[];
    expect(toReview.find((d) => d.id === id)).toMatchObject({
      mayDecide: true,
      reviewerEmployeeId: ids.lead,
      items: [
        { itemKey: 'greet', originalValue: 0, proposedValue: 1 },
        { itemKey: 'need', originalValue: 2, proposedValue: 4 },
      ],
    });
    // Each item says how its values read (yes/no: 1 = yes, 0 = no), from the form version scored, so the web shows 是/否, not 1/0.
    expect(toReview.find((d) => d.id === id).items).toMatchObject([
      { itemKey: 'greet', itemLabel: '开场白', itemKind: 'yes_no', itemMax: 1, allowNa: false },
      { itemKey: 'need', itemLabel: '需求确认', itemKind: 'scale', itemMax: 5, allowNa: false },
    ]);
    expect((okData(await manager.get('/api/quality/disputes')) as any[]).find((d) => d.id === id)).toMatchObject({
      mayDecide: false,
    });

    const decide = (c: Client, items: unknown[]) =>
      c.post(`/api/quality/disputes/${id}/decision`, { items, note: '复核录音' });
    const keepNeed = { itemKey: 'need', outcome: 'keep', reason: '需求确认不完整' };
    expectError(
      await decide(manager, [{ itemKey: 'greet', outcome: 'change', value: 1, reason: '有问候' }, keepNeed]),
      403,
      'NOT_DIRECT_SUPERVISOR',
    );
    expectError(await decide(agent, [keepNeed]), 403);
    expectError(await decide(lead, [keepNeed]), 422, 'DECISION_INCOMPLETE', 'items');
    expectError(
      await decide(lead, [{ itemKey: 'greet', outcome: 'change', reason: '有问候' }, keepNeed]),
      422,
      'VALUE_REQUIRED',
      'items.0.value',
    );
    expectError(
      await decide(lead, [{ itemKey: 'greet', outcome: 'change', value: 3, reason: '有问候' }, keepNeed]),
      422,
      'VALUE_OUT_OF_RANGE',
      'items.0.value',
    );
    expectError(
      await decide(lead, [
        { itemKey: 'greet', outcome: 'keep', reason: '维持' },
        keepNeed,
        { itemKey: 'privacy', outcome: 'keep', reason: '无' },
      ]),
      422,
      'ITEM_NOT_DISPUTED',
      'items.2.itemKey',
    );
    expect(
      (
        await db()
          .selectFrom('qa_evaluations')
          .select('final_score')
          .where('id', '=', disputed)
          .executeTakeFirstOrThrow()
      ).final_score,
    ).toBe(78);

    const decided = okData(
      await decide(lead, [{ itemKey: 'greet', outcome: 'change', value: 1, reason: '录音中有问候' }, keepNeed]),
    );
    expect(decided).toMatchObject({
      status: 'decided',
      scoreBefore: 78,
      finalScore: 88,
      decisionNote: '复核录音',
      mayDecide: false,
      items: [
        { itemKey: 'greet', outcome: 'changed', originalValue: 0, finalValue: 1, decisionReason: '录音中有问候' },
        { itemKey: 'need', outcome: 'kept', originalValue: 2, finalValue: 2 },
      ],
    });
    expectError(await decide(lead, [keepNeed]), 409, 'DISPUTE_DECIDED');
    expectError(
      await agent.post(`/api/quality/evaluations/${disputed}/disputes`, { scope: 'whole', reason: '再次' }),
      409,
      'DISPUTE_DECIDED',
    );

    // A whole-evaluation dispute: the supervisor may change any item of the form.
    const whole = (okData(await lead.get('/api/quality/disputes?toReview=true')) as any[]).find(
      (d) => d.evaluationId === lateFeedback,
    );
    expect(whole).toMatchObject({ scope: 'whole', items: [] });
    const wholeDecided = okData(
      await lead.post(`/api/quality/disputes/${whole.id}/decision`, {
        items: [{ itemKey: 'privacy', outcome: 'change', value: 1, reason: '客户主动提供' }],
        note: '整份复核',
      }),
    );
    expect(wholeDecided).toMatchObject({
      scoreBefore: 90,
      finalScore: 100,
      items: [
        {
          itemKey: 'privacy',
          itemKind: 'yes_no',
          itemMax: 1,
          allowNa: true,
          outcome: 'changed',
          originalValue: 0,
          finalValue: 1,
          proposedValue: null,
        },
      ],
    });

    // Reports use the final score; the evaluation keeps its original score and answers.
    const ev = okData(await lead.get(`/api/quality/evaluations/${disputed}`));
    expect(ev).toMatchObject({ score: 78, finalScore: 88 });
    expect(await panel(agent, disputed)).toMatchObject({
      score: 78,
      finalScore: 88,
      dispute: { status: 'decided' },
      mayDispute: false,
    });
    const day = okData(await lead.get('/api/quality/summary/daily?day=2026-11-06'));
    expect(day).toMatchObject({ evaluations: 3, averageScore: 92.67 }); // (88 + 100 + 90) / 3: the final scores, not the original 78 and 90;
    const audit = await auditOf(db(), 'qa_evaluation', disputed);
    expect(audit.at(-1)).toMatchObject({ old_value: { finalScore: 78 }, new_value: { finalScore: 88 } });
    expect((await auditOf(db(), 'qa_dispute', id)).map((a) => a.action)).toEqual(['create', 'status_change']);
    expect(await noticesOf(ids.agentUser, 'quality_dispute_decided')).toHaveLength(2); // both decisions announced

    // Both problems of this evaluation were closed by the next evaluation that passed the items.
    const followups = await db()
      .selectFrom('qa_followups')
      .selectAll()
      .where('opened_evaluation_id', '=', disputed)
      .orderBy('item_key')
      .execute();
    expect(followups.map((f) => [f.item_key, f.status, f.closed_evaluation_id])).toEqual([
      ['greet', 'closed', lateFeedback],
      ['need', 'closed', lateFeedback],
    ]);
  });

  it('shows an agent only their own disputes', async () => {
    setClock('2026-11-10T04:00:00Z');
    const mentor = await sign('mentor'); // another agent of the same team
    const theirs = okData(await mentor.get('/api/quality/disputes')) as any[];
    expect(theirs.filter((d) => d.agentId === ids.agent)).toEqual([]);
    const one = (okData(await (await sign('agent')).get('/api/quality/disputes')) as any[])[0];
    expect(one.agentId).toBe(ids.agent);
    expectError(await mentor.get(`/api/quality/disputes/${one.id}`), 404);
    expectError(await mentor.get(`/api/quality/evaluations/${disputed}/feedback`), 404, 'NOT_FOUND');
  });
});
