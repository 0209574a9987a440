import { describe, expect, it } from 'vitest';
import type { Role } from '../../common/roles.js';
import { inPeopleScope, peopleScope, requirePermission } from './access.js';
import type { Actor } from './actor.js';

// The visibility rule of SPEC §1 as a pure function; the HTTP tests in
// modules/people/visibility.test.ts try to cross it through the API.

const actor = (roles: Role[], place: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  username: 'u',
  name: 'u',
  roles,
  locale: 'zh-CN',
  mustChangePassword: false,
  employeeId: 'me',
  teamId: 'team-a',
  departmentId: 'dep-1',
  sessionId: 's',
  csrfToken: 'c',
  ...place,
});
const self = { id: 'me', team_id: 'team-a', department_id: 'dep-1' };
const teammate = { id: 'tm', team_id: 'team-a', department_id: 'dep-1' };
const sameDepartment = { id: 'sd', team_id: 'team-b', department_id: 'dep-1' };
const elsewhere = { id: 'xx', team_id: 'team-z', department_id: 'dep-9' };
const sees = (a: Actor) =>
  [self, teammate, sameDepartment, elsewhere].filter((p) => inPeopleScope(peopleScope(a), p)).map((p) => p.id);

describe('peopleScope', () => {
  it.each([
    [['agent'], ['me']],
    [['trainer'], ['me']],
    [['mentor', 'agent'], ['me']],
    [['qa_evaluator'], ['me']],
    [['team_lead'], ['me', 'tm']],
    [['center_manager'], ['me', 'tm', 'sd']],
    [['hr'], ['me', 'tm', 'sd', 'xx']],
    [['admin'], ['me', 'tm', 'sd', 'xx']],
    [['training_manager'], ['me', 'tm', 'sd', 'xx']],
  ] as [Role[], string[]][])('%j sees %j', (roles, expected) => {
    expect(sees(actor(roles))).toEqual(expected);
  });

  it('gives an account without a person nobody but what a role grants everyone', () => {
    const none = { employeeId: null, teamId: null, departmentId: null };
    expect(sees(actor(['agent'], none))).toEqual([]);
    expect(sees(actor(['team_lead'], none))).toEqual([]);
    expect(sees(actor(['center_manager'], none))).toEqual([]);
    expect(sees(actor(['hr'], none))).toHaveLength(4);
  });
});

describe('requirePermission', () => {
  it('throws a 403 for a role without the permission and passes one with it', () => {
    expect(() => requirePermission(actor(['agent']), 'people.write')).toThrow(
      expect.objectContaining({ statusCode: 403, errorCode: 'FORBIDDEN' }),
    );
    expect(() => requirePermission(actor(['agent', 'hr']), 'people.write')).not.toThrow();
  });
});
