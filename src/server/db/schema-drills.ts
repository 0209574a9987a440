// Drills (背诵演练, issue 20): see the migration 20261226-drills.ts. As in schema.ts: instants
// ISO-8601 UTC text, calendar days 'YYYY-MM-DD', JSON as text.

export interface DrillDecksTable {
  id: string;
  name: string;
  /** opening_closing | product_codes | region_codes | faq | transfer | interface | other */
  category: string;
  description: string | null;
  /** JSON { departmentIds: string[], statuses: EmployeeStatus[] }; an empty list means all. */
  audience: string;
  status: string; // active | archived
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DrillCardsTable {
  id: string;
  deck_id: string;
  kind: string; // recall | choice | cloze | read_aloud
  prompt: string;
  /** recall: the answer; choice: the right option's text; cloze: the full text, blanks as [[…]]; read_aloud: the script. */
  answer: string;
  /** choice: JSON string[] of the options (the answer among them); else null. */
  choices: string | null;
  /** Ties a card to exam questions of the same knowledge point (a failed question makes it due). */
  knowledge_point: string | null;
  position: number;
  /** Content revision: raised when prompt, answer or choices change (drill_card_revisions). */
  revision: number;
  status: string; // active | archived
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DrillCardRevisionsTable {
  card_id: string;
  revision: number;
  kind: string;
  prompt: string;
  answer: string;
  choices: string | null;
  note: string | null;
  changed_by: string;
  changed_at: string;
}

/** A person's FSRS card (ts-fsrs Card) for one drill card; created on the first review or a boost. */
export interface DrillStatesTable {
  employee_id: string;
  card_id: string;
  deck_id: string;
  /** The card revision the person learned; a newer revision resets the state (shared/states.ts). */
  revision: number;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review: string | null;
  /** Why the card was made due outside its schedule: qa_error | exam_error | card_changed. */
  boost_reason: string | null;
  /** The evaluation id, exam attempt id or card revision behind the boost. */
  boost_ref: string | null;
  boosted_at: string | null;
}

export interface DrillReviewsTable {
  id: string;
  employee_id: string;
  card_id: string;
  deck_id: string;
  revision: number;
  rating: number; // ts-fsrs Rating: 1 again, 2 hard, 3 good, 4 easy
  answer: string | null;
  /** recall and cloze: the similarity of the typed answer, 0..1. */
  similarity: number | null;
  duration_ms: number;
  state_before: number;
  due_after: string;
  stability_after: number;
  quiz_id: string | null;
  /** The center's calendar day of the review. */
  day: string;
  reviewed_at: string;
}

/** Practice per person and center day: the daily goal, the streak and the team's minutes read this. */
export interface DrillDaysTable {
  employee_id: string;
  day: string;
  seconds: number;
  reviews: number;
  lapses: number;
}

export interface DrillsDatabase {
  drill_decks: DrillDecksTable;
  drill_cards: DrillCardsTable;
  drill_card_revisions: DrillCardRevisionsTable;
  drill_states: DrillStatesTable;
  drill_reviews: DrillReviewsTable;
  drill_days: DrillDaysTable;
}
