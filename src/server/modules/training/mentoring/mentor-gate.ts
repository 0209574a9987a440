import type { Db } from '../../../db/connect.js';

// Issue 20: only an active member of the mentor pool may be given a mentee. The pool lives in the
// mentorship module, which itself builds on training (ratings, assignments, course completion),
// so the dependency points one way: mentorship → training. Training states here what it needs;
// mentorship provides it as its pool/gate.ts loads (mentorship/index.ts imports it), as
// elimination feeds evaluation/case-facts.ts.

export interface MentorGate {
  /** Whether the person is an active member of the mentor pool. */
  isPoolMentor(db: Db, employeeId: string): Promise<boolean>;
}

let provided: MentorGate | null = null;

export function provideMentorGate(gate: MentorGate) {
  provided = gate;
}

/** The provided gate; without it every assignment would skip the pool rule, so that is an error. */
export function mentorGate(): MentorGate {
  if (!provided)
    throw new Error(
      'The mentorship module has not provided its mentor gate (import modules/mentorship before assigning)',
    );
  return provided;
}
