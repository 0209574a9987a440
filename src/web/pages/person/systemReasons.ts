import type { MsgKey } from '../../i18n';

/** Reasons the server itself writes (in English) shown in the user's language. */
const SYSTEM_REASONS: Record<string, MsgKey> = {
  hired: 'people.person.hired',
  'roster import': 'people.person.rosterImport',
  'hired from roster import': 'people.person.hiredFromRoster',
};

/** A certification writes "certification (<step>): <the certifier's note>" (evaluation/certify.service.ts). */
const CERTIFIED = /^certification \((shadowing|regular)\): ([\s\S]*)$/;
const CERTIFIED_KEYS: Record<string, MsgKey> = {
  shadowing: 'people.person.certifiedShadowing',
  regular: 'people.person.certifiedRegular',
};

/** The message key and placeholders of a reason the server wrote, or null for a reason a person typed. */
export function systemReason(reason: string): { key: MsgKey; vars?: { note: string } } | null {
  if (reason in SYSTEM_REASONS) return { key: SYSTEM_REASONS[reason] };
  const certified = CERTIFIED.exec(reason);
  return certified ? { key: CERTIFIED_KEYS[certified[1]], vars: { note: certified[2] } } : null;
}
