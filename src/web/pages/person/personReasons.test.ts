import { describe, expect, it } from 'vitest';
import en from '../../locales/en-US';
import zh from '../../locales/zh-CN';
import { systemReason } from './systemReasons';

// Reasons the server writes into the status history are shown in the reader's language; a reason
// a person typed is shown as typed.

const text = (messages: object, key: string) =>
  key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)?.[p], messages);

describe('status-history reasons', () => {
  it('words a certification (as certify.service writes it) in both languages, keeping the note', () => {
    const r = systemReason('certification (shadowing): 结业考核通过')!;
    expect(r).toEqual({ key: 'people.person.certifiedShadowing', vars: { note: '结业考核通过' } });
    expect(systemReason('certification (regular): ok')!.key).toBe('people.person.certifiedRegular');
    for (const messages of [zh, en])
      for (const key of ['people.person.certifiedShadowing', 'people.person.certifiedRegular', 'people.person.hired']) {
        expect(String(text(messages, key))).toMatch(/\S/);
      }
  });

  it('leaves a typed reason alone', () => {
    expect(systemReason('转入跟听')).toBeNull();
    expect(systemReason('certification of something else')).toBeNull();
  });
});
