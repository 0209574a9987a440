import type { Db } from '../../db/connect.js';

// What the criteria and certification need to know about elimination cases: when a case last
// kept the person (only later records count again) and whether a case is open (no
// certification meanwhile). The elimination module owns those cases and itself builds on the
// criteria (a case for criteria 1–4 opens from a met one), so the dependency points one way:
// elimination → evaluation. Evaluation states here what it needs; elimination provides it as its
// case-facts.ts loads (elimination/index.ts imports it), the way modules feed training's seams.

export interface CaseFacts {
  /** Per person, when their latest case that kept them (retained, or withdrawn on appeal) closed. */
  keptSince(db: Db, employeeIds: string[]): Promise<Map<string, string>>;
  /** Whether the person has a case that is not closed. */
  hasOpenCase(db: Db, employeeId: string): Promise<boolean>;
  /** Of these people, those with a case that is not closed. */
  withOpenCase(db: Db, employeeIds: string[]): Promise<Set<string>>;
}

let provided: CaseFacts | null = null;

export function provideCaseFacts(facts: CaseFacts) {
  provided = facts;
}

/** The provided facts; without them the criteria would silently ignore every case, so that is an error. */
export function caseFacts(): CaseFacts {
  if (!provided)
    throw new Error(
      'The elimination module has not provided its case facts (import modules/elimination before using evaluation)',
    );
  return provided;
}
