import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, employeeIdOf, expectError } from '../../../test/helpers.js';
import { addInteractions, answers, CONTENT, okData, publishedForm } from './forms.testkit.js';

// Scorecards through HTTP (SPEC §8, issue 7 item 1): separate forms per kind, drafts, publishing
// that freezes a version, evaluations keeping the version they were scored on, and the preview
// scoring exactly as a saved evaluation does.

describe.each(DIALECTS)('quality forms on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let qa: Client;
  let lead: Client;
  let agent: Client;
  let agentId: string;

  beforeAll(async () => {
    qa = await env.as('qa');
    lead = await env.as('teamlead');
    agent = await env.as('agent');
    agentId = await employeeIdOf(db(), 'agent');
  });

  it('versions a form: publishing freezes it, editing starts a new draft, an evaluation keeps its version', async () => {
    const made = okData(
      await qa.post('/api/quality/forms', {
        name: '呼入质检表',
        kind: 'inbound',
        description: '呼入',
        passScore: 80,
        content: CONTENT,
      }),
    );
    let form = okData(await qa.get(`/api/quality/forms/${made.id}`));
    expect(form).toMatchObject({ kind: 'inbound', draftVersion: 1, publishedVersion: null, version: 1 });
    expect(form.versions.map((v: any) => [v.number, v.status])).toEqual([[1, 'draft']]);

    // No evaluation on a form before it is published.
    const [i1, i2] = await addInteractions(db(), agentId, '2026-11-20', 2);
    expectError(
      await lead.post('/api/quality/evaluations', {
        formId: made.id,
        method: 'recording',
        interactionId: i1,
        answers: answers(),
      }),
      422,
      'FORM_NOT_PUBLISHED',
      'formId',
    );

    okData(await qa.post(`/api/quality/forms/${made.id}/publish`, { version: 1 }));
    const first = okData(
      await lead.post('/api/quality/evaluations', {
        formId: made.id,
        method: 'recording',
        interactionId: i1,
        answers: answers({ need: 4 }),
      }),
    );
    expect(first).toMatchObject({ score: 96, passed: true });

    // Edit: a new draft version 2 with a heavier first item; version 1 stays published and frozen.
    const edited = structuredClone(CONTENT);
    edited.sections[0].items[0].weight = 30;
    expectError(
      await qa.put(`/api/quality/forms/${made.id}/draft`, {
        name: '呼入质检表',
        passScore: 85,
        content: edited,
        version: 1,
      }),
      409,
      'STALE_VERSION',
      'version',
    );
    okData(
      await qa.put(`/api/quality/forms/${made.id}/draft`, {
        name: '呼入质检表',
        passScore: 85,
        content: edited,
        version: 2,
      }),
    );
    form = okData(await qa.get(`/api/quality/forms/${made.id}`));
    expect(form).toMatchObject({ publishedVersion: 1, draftVersion: 2 });
    expect(form.versions.find((v: any) => v.number === 1).content.sections[0].items[0].weight).toBe(10);

    // Still scored on version 1 until version 2 is published.
    const mid = okData(await lead.get(`/api/quality/evaluations/${first.id}`));
    expect(mid).toMatchObject({ formVersion: 1, passScore: 80, score: 96 });
    okData(await qa.post(`/api/quality/forms/${made.id}/publish`, { version: form.version }));
    form = okData(await qa.get(`/api/quality/forms/${made.id}`));
    expect(form.versions.map((v: any) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    expectError(await qa.post(`/api/quality/forms/${made.id}/publish`, { version: form.version }), 422, 'NO_DRAFT');

    const second = okData(
      await lead.post('/api/quality/evaluations', {
        formId: made.id,
        method: 'recording',
        interactionId: i2,
        answers: answers({ greet: 0 }),
        suggestion: { kind: 'trainer_review' },
      }),
    );
    expect(second).toMatchObject({ score: 75, passed: false }); // 30 lost of 120, below the new pass score 85
    const old = okData(await lead.get(`/api/quality/evaluations/${first.id}`));
    expect(old).toMatchObject({ formVersion: 1, passScore: 80, score: 96, finalScore: 96 });
    expect(old.content.sections[0].items[0].weight).toBe(10);
    const now = okData(await lead.get(`/api/quality/evaluations/${second.id}`));
    expect(now).toMatchObject({ formVersion: 2, passScore: 85 });

    const audit = await auditOf(db(), 'qa_form', made.id);
    expect(audit.filter((a) => a.action === 'status_change')).toHaveLength(2);
  });

  it('keeps separate forms for inbound, outbound and non-voice work and lists them by kind', async () => {
    await publishedForm(qa, 'outbound');
    await publishedForm(qa, 'nonvoice');
    const kinds = (
      await Promise.all(
        ['inbound', 'outbound', 'nonvoice'].map(async (k) => okData(await agent.get(`/api/quality/forms?kind=${k}`))),
      )
    ).map((list: any[]) => [...new Set(list.map((f) => f.kind))]);
    expect(kinds).toEqual([['inbound'], ['outbound'], ['nonvoice']]);
  });

  it('refuses duplicate names, bad content and builders without the permission, writing nothing', async () => {
    const before = await countRows(db(), 'qa_form_versions');
    const { id } = await publishedForm(qa);
    const name = okData(await qa.get(`/api/quality/forms/${id}`)).name;
    expectError(
      await qa.post('/api/quality/forms', { name, kind: 'inbound', passScore: 80, content: CONTENT }),
      409,
      'FORM_NAME_TAKEN',
      'name',
    );
    const dup = structuredClone(CONTENT);
    dup.sections[1].items[0].key = 'greet';
    expectError(
      await qa.post('/api/quality/forms', { name: '重复键', kind: 'inbound', passScore: 80, content: dup }),
      400,
      'INVALID_FORM',
      'content.sections.1.items.0.key',
    );
    expectError(
      await agent.post('/api/quality/forms', { name: '坐席不可建', kind: 'inbound', passScore: 80, content: CONTENT }),
      403,
      'FORBIDDEN',
    );
    expect(await countRows(db(), 'qa_form_versions')).toBe(before + 1);
  });

  it('archives a form: no new evaluations on it, and it leaves the default list', async () => {
    const { id, version } = await publishedForm(qa);
    okData(await qa.post(`/api/quality/forms/${id}/archive`, { archived: true, version }));
    expect(okData(await qa.get('/api/quality/forms')).map((f: any) => f.id)).not.toContain(id);
    expect(okData(await qa.get('/api/quality/forms?includeArchived=1')).map((f: any) => f.id)).toContain(id);
    const [i] = await addInteractions(db(), agentId, '2026-11-20');
    expectError(
      await lead.post('/api/quality/evaluations', {
        formId: id,
        method: 'recording',
        interactionId: i,
        answers: answers(),
      }),
      422,
      'FORM_ARCHIVED',
    );
  });

  it('previews a score with the same function that saves it', async () => {
    const { id } = await publishedForm(qa);
    const [i] = await addInteractions(db(), agentId, '2026-11-21');
    const a = answers({ greet: 0, need: 3, privacy: null, accurate: 5 });
    const preview = okData(
      await agent.post('/api/quality/forms/preview', { content: CONTENT, passScore: 80, answers: a }),
    );
    // body zeroed by accurate 5 < 6: open 10 + rules 10 of 90 (privacy N/A) = 22.22, section-critical.
    expect(preview).toMatchObject({ score: 22.22, passed: false, criticalFailure: 'section', missing: [] });
    const saved = okData(
      await lead.post('/api/quality/evaluations', {
        formId: id,
        method: 'recording',
        interactionId: i,
        answers: a,
        suggestion: { kind: 'retraining' },
      }),
    );
    expect(saved).toMatchObject({ score: preview.score, passed: false, criticalFailure: 'section' });
    const detail = okData(await lead.get(`/api/quality/evaluations/${saved.id}`));
    expect(detail.items).toEqual(preview.items);
  });
});
