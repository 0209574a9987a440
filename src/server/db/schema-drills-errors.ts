// Errors drive practice (issue 20 item 3): scorecard items linked to drill cards, and the boosts
// that failed items and exam questions made. See the migration 20261226-drills-errors.ts.

/** A scorecard item (form + item key, across the form's versions) linked to one drill card. */
export interface DrillItemLinksTable {
  form_id: string;
  item_key: string;
  card_id: string;
  created_by: string; // users.id
  created_at: string;
}

/** One card sent to a person's practice by an error. */
export interface DrillBoostsTable {
  id: string;
  employee_id: string;
  card_id: string;
  reason: string; // qa_error | exam_error
  /** qa_error: the evaluation id; exam_error: the exam attempt id. */
  source_id: string;
  /** qa_error: the scorecard item key; exam_error: the question's knowledge point. */
  cause: string;
  /** What the person is shown: the item's label as scored, or the knowledge point. */
  cause_label: string;
  boosted_at: string;
}

export interface DrillsErrorsDatabase {
  drill_item_links: DrillItemLinksTable;
  drill_boosts: DrillBoostsTable;
}
