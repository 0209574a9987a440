// Drills practice (issue 20 item 1–2): read-aloud recordings and their ratings. See the migration
// 20261226-drills-practice.ts. Instants are ISO-8601 UTC text.

/** One read-aloud recording of a card by a learner, with their own rating and a mentor's. */
export interface DrillRecordingsTable {
  id: string;
  employee_id: string;
  card_id: string;
  /** The card revision that was read (its script then: drill_card_revisions). */
  revision: number;
  /** The name the browser sent, and the file's name under the recordings folder. */
  file_name: string;
  stored_name: string;
  /** audio/webm | audio/ogg | audio/mp4 | audio/mpeg | audio/wav */
  mime: string;
  bytes: number;
  /** The length the browser measured (at most drills.recordingMaxSeconds); null when not sent. */
  seconds: number | null;
  /** The drill_reviews row the learner saved with it (linkRecording), and their own rating 1–4. */
  review_id: string | null;
  self_rating: number | null;
  /** The mentor or lead who listened, their rating 1–5 and note. */
  mentor_id: string | null;
  mentor_rating: number | null;
  mentor_note: string | null;
  rated_at: string | null;
  created_at: string;
  version: number;
}

export interface DrillsPracticeDatabase {
  drill_recordings: DrillRecordingsTable;
}
