import { describe, expect, it } from 'vitest';
import { notify, userIdsWithRoles } from '../../lib/notify.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { employeeIdOf, expectError, userIdOf } from '../../test/helpers.js';

// In-app notices (issue 5 item 7): one per recipient account, people resolved to their
// accounts, a count for the header, marking read; nobody sees or marks another's notices.

describe.each(DIALECTS)('notifications on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  it('stores one notice per recipient, counts the unread ones and marks them read', async () => {
    const trainee = await env.as('trainee');
    const agent = await env.as('agent');
    const hrUsers = await userIdsWithRoles(db(), ['hr']);
    expect(hrUsers).toContain(await userIdOf(db(), 'hr'));
    const before = (await trainee.get('/api/notifications/unread-count')).body.data.count;

    // The trainee is named twice (as a person and as an account) and still gets one notice.
    await notify(db(), {
      employeeIds: [await employeeIdOf(db(), 'trainee')],
      userIds: [await userIdOf(db(), 'trainee')],
      kind: 'test_kind',
      params: { name: '张三', n: 3 },
      link: '/x',
    });
    await notify(db(), { userIds: [await userIdOf(db(), 'trainee')], kind: 'test_other' });
    await notify(db(), { employeeIds: [], userIds: [], kind: 'nobody' });

    expect((await trainee.get('/api/notifications/unread-count')).body.data.count).toBe(before + 2);
    const list = await trainee.get('/api/notifications?pageSize=1');
    expect(list.body.total).toBe(before + 2);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({ kind: 'test_other', readAt: null, link: null });
    const all = (await trainee.get('/api/notifications')).body.data;
    expect(all[1]).toMatchObject({ kind: 'test_kind', params: { name: '张三', n: 3 }, link: '/x' });

    // Someone else can neither see nor mark them.
    expect((await agent.get('/api/notifications')).body.data.map((n: any) => n.kind)).not.toContain('test_kind');
    expectError(await agent.post(`/api/notifications/${all[1].id}/read`), 404, 'NOT_FOUND');

    expect((await trainee.post(`/api/notifications/${all[1].id}/read`)).status).toBe(200);
    expect((await trainee.get('/api/notifications/unread-count')).body.data.count).toBe(before + 1);
    const unread = (await trainee.get('/api/notifications?unread=true')).body.data.map((n: any) => n.id);
    expect(unread).not.toContain(all[1].id);
    expect(unread).toContain(all[0].id);

    expect((await trainee.post('/api/notifications/read-all')).body.data.count).toBe(before + 1);
    expect((await trainee.get('/api/notifications/unread-count')).body.data.count).toBe(0);
    expect((await trainee.get('/api/notifications')).body.total).toBe(before + 2);
    expectError(await env.anonymous.get('/api/notifications/unread-count'), 401, 'UNAUTHORIZED');
  });
});
