import { z } from 'zod';
import { Rating } from './drills.js';

// Read-aloud recordings of drills (issue 20 item 1) on the API, shared by the server (validation,
// OpenAPI) and the web (types). A learner uploads a recording of a read_aloud card (multipart:
// field cardId, optional seconds, then the file), rates themself when the review is saved, and a
// mentor or lead listens and rates it 1–5 with a note.

/** What a recording may be: sniffed from its first bytes where practical, else its declared type. */
export const RECORDING_MIMES = ['audio/webm', 'audio/ogg', 'audio/mp4', 'audio/mpeg', 'audio/wav'] as const;

/** mine: my own recordings; to_rate: those of the people I coach (mentees, my team, my learners). */
export const RECORDING_SCOPES = ['mine', 'to_rate'] as const;
/** unrated: no mentor rating yet; rated: rated; none given: both. */
export const RECORDING_STATES = ['unrated', 'rated'] as const;

/** A mentor's rating of a reading, 1 (poor) to 5 (excellent). */
export const MentorRating = z.number().int().min(1).max(5);

export const RecordingsQuery = z.object({
  scope: z.enum(RECORDING_SCOPES).default('mine'),
  state: z.enum(RECORDING_STATES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type RecordingsQuery = z.infer<typeof RecordingsQuery>;

export const RecordingRatingInput = z.object({
  rating: MentorRating,
  note: z.string().trim().max(500).nullable().optional(),
  version: z.number().int().min(1).max(1_000_000),
});
export type RecordingRatingInput = z.infer<typeof RecordingRatingInput>;

/** The limits the recorder shows and stops at (drills.recordingMaxSeconds, drills.recordingMaxMb). */
export const RecordingLimits = z.object({ maxSeconds: z.number().int(), maxMb: z.number() });
export type RecordingLimits = z.infer<typeof RecordingLimits>;

export const RecordingUploaded = z.object({
  id: z.string(),
  cardId: z.string(),
  mime: z.enum(RECORDING_MIMES),
  bytes: z.number().int(),
  seconds: z.number().int().nullable(),
  createdAt: z.string(),
});
export type RecordingUploaded = z.infer<typeof RecordingUploaded>;

export const RecordingView = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  teamName: z.string().nullable(),
  cardId: z.string(),
  deckName: z.string().nullable(),
  /** The card's prompt and script as they were at the recorded revision. */
  prompt: z.string(),
  script: z.string(),
  revision: z.number().int(),
  mime: z.string(),
  bytes: z.number().int(),
  seconds: z.number().int().nullable(),
  /** Whether the learner saved the review it belongs to, and their own rating (1–4, FSRS). */
  reviewed: z.boolean(),
  selfRating: Rating.nullable(),
  mentorId: z.string().nullable(),
  mentorName: z.string().nullable(),
  mentorRating: MentorRating.nullable(),
  mentorNote: z.string().nullable(),
  ratedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  /** The reader may rate it (a mentor, lead or training staff who sees the learner; never the learner). */
  canRate: z.boolean(),
});
export type RecordingView = z.infer<typeof RecordingView>;

export const RecordingRated = z.object({
  id: z.string(),
  mentorRating: MentorRating,
  mentorNote: z.string().nullable(),
  ratedAt: z.string(),
  version: z.number().int(),
});
