import { describe, expect, it } from 'vitest';
import { approvalChain } from './chain.js';

// SPEC §10 defaults: lead up to 1 day, center manager up to 3, HR beyond; after the fact → the
// center manager; kinds that always need HR add HR.
const rule = { leadMaxDays: 1, managerMaxDays: 3 };
const chain = (days: number, extra: Partial<Parameters<typeof approvalChain>[0]> = {}) =>
  approvalChain({ days, hrAlways: false, afterTheFact: false, ...extra }, rule);

describe('leave approval chain', () => {
  it('grows with the length of the leave', () => {
    expect(chain(0.5)).toEqual(['team_lead']);
    expect(chain(1)).toEqual(['team_lead']);
    expect(chain(1.5)).toEqual(['team_lead', 'center_manager']);
    expect(chain(3)).toEqual(['team_lead', 'center_manager']);
    expect(chain(3.5)).toEqual(['team_lead', 'center_manager', 'hr']);
    expect(chain(10)).toEqual(['team_lead', 'center_manager', 'hr']);
  });

  it('follows the settings', () => {
    expect(
      approvalChain({ days: 2, hrAlways: false, afterTheFact: false }, { leadMaxDays: 2, managerMaxDays: 5 }),
    ).toEqual(['team_lead']);
    expect(
      approvalChain({ days: 4, hrAlways: false, afterTheFact: false }, { leadMaxDays: 2, managerMaxDays: 3 }),
    ).toEqual(['team_lead', 'center_manager', 'hr']);
  });

  it('always includes the center manager after the fact, and HR for kinds that need it', () => {
    expect(chain(0.5, { afterTheFact: true })).toEqual(['team_lead', 'center_manager']);
    expect(chain(1, { hrAlways: true })).toEqual(['team_lead', 'hr']);
    expect(chain(1, { hrAlways: true, afterTheFact: true })).toEqual(['team_lead', 'center_manager', 'hr']);
  });

  it('never lets a rank approve its own leave', () => {
    expect(chain(1, { personRank: 'team_lead' })).toEqual(['center_manager']);
    expect(chain(2, { personRank: 'team_lead' })).toEqual(['center_manager']);
    expect(chain(1, { personRank: 'center_manager' })).toEqual(['hr']);
    expect(chain(5, { personRank: 'center_manager' })).toEqual(['hr']);
    expect(chain(1, { personRank: 'hr' })).toEqual(['hr']);
  });
});

describe('leave approval chain follows each setting on its own', () => {
  const at = (days: number, leadMaxDays: number, managerMaxDays: number) =>
    approvalChain({ days, hrAlways: false, afterTheFact: false }, { leadMaxDays, managerMaxDays });

  it('leadMaxDays: 2 days is the lead alone at 2, needs the manager at 1', () => {
    expect(at(2, 2, 3)).toEqual(['team_lead']);
    expect(at(2, 1, 3)).toEqual(['team_lead', 'center_manager']);
    expect(at(0.5, 0, 3)).toEqual(['team_lead', 'center_manager']);
  });

  it('managerMaxDays: 4 days stops at the manager at 5, goes to HR at 3', () => {
    expect(at(4, 1, 5)).toEqual(['team_lead', 'center_manager']);
    expect(at(4, 1, 3)).toEqual(['team_lead', 'center_manager', 'hr']);
    expect(at(5, 1, 5)).toEqual(['team_lead', 'center_manager']);
    expect(at(5.5, 1, 5)).toEqual(['team_lead', 'center_manager', 'hr']);
  });

  it('after the fact needs the manager whatever leadMaxDays says', () => {
    expect(
      approvalChain({ days: 0.5, hrAlways: false, afterTheFact: true }, { leadMaxDays: 10, managerMaxDays: 20 }),
    ).toEqual(['team_lead', 'center_manager']);
  });
});
