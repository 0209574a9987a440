import { z } from 'zod';
import { IsoDate } from './people.js';
import {
  LEAVE_STATUSES,
  ContentArea,
  TrainingMethod,
  AttendanceStatus,
  Id,
  OptText,
  Ids,
  Instant,
  Score5,
  Avg,
  Reason,
} from './training.js';
import { Ratings } from './training-courses.js';
import { PersonRef } from './training-plans.js';

// Training sessions, enrolment and attendance, leave and feedback on the API (see training.ts).

// --- Sessions, enrolment, attendance --------------------------------------------------------------

export const SessionInput = z.object({
  courseId: Id,
  trainerId: Id,
  room: OptText(100),
  startsAt: Instant,
  endsAt: Instant,
  planId: Id.nullish(),
  phaseId: Id.nullish(),
  title: OptText(200),
  notes: OptText(2000),
  employeeIds: Ids(1000).default([]),
  cohortIds: Ids(20).default([]),
});
export const SessionUpdate = z.object({
  courseId: Id.optional(),
  trainerId: Id.optional(),
  room: OptText(100).optional(),
  startsAt: Instant.optional(),
  endsAt: Instant.optional(),
  title: OptText(200).optional(),
  notes: OptText(2000).optional(),
  version: z.number().int().min(1),
});
export const ClashCheckInput = z.object({
  sessionId: Id.nullish(),
  trainerId: Id,
  room: OptText(100),
  startsAt: Instant,
  endsAt: Instant,
  employeeIds: Ids(1000).default([]),
  cohortIds: Ids(20).default([]),
});
export const EnrolInput = z.object({ employeeIds: Ids(1000).default([]), cohortIds: Ids(20).default([]) });
/** from defaults to today (center time), to to six days after from. */
export const SessionListQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  trainerId: Id.optional(),
  courseId: Id.optional(),
  planId: Id.optional(),
  employeeId: Id.optional(),
  room: z.string().trim().max(100).optional(),
  includeCancelled: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export const SessionDto = z.object({
  id: z.string(),
  courseId: z.string(),
  courseCode: z.string(),
  courseTitle: z.string(),
  contentArea: ContentArea,
  method: TrainingMethod,
  trainerId: z.string(),
  trainerName: z.string(),
  planId: z.string().nullable(),
  phaseId: z.string().nullable(),
  title: z.string().nullable(),
  room: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['scheduled', 'cancelled']),
  notes: z.string().nullable(),
  enrolledCount: z.number().int(),
  version: z.number().int(),
  /** What the caller is to this session. */
  mine: z.object({ enrolled: z.boolean(), teaching: z.boolean() }),
});
export const Clash = z.object({
  kind: z.enum(['trainer', 'room', 'trainee']),
  /** The trainer's or trainee's name, or the room. */
  who: z.string(),
  employeeId: z.string().nullable(),
  session: z.object({
    id: z.string(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    room: z.string().nullable(),
    trainerName: z.string(),
  }),
});
export const AttendanceRecord = z.object({
  employeeId: Id,
  status: AttendanceStatus,
  /** late: minutes late; left_early: minutes missed at the end. Required for those two, ignored otherwise. */
  minutes: z.number().int().min(1).max(1440).nullish(),
  note: OptText(500),
});
export const AttendanceInput = z.object({ records: z.array(AttendanceRecord).min(1).max(1000) });
export const LeaveBrief = z.object({ id: z.string(), status: z.enum(LEAVE_STATUSES), late: z.boolean() });
export const SessionPerson = PersonRef.extend({
  teamName: z.string(),
  attendance: z
    .object({
      status: AttendanceStatus,
      minutes: z.number().int().nullable(),
      note: z.string().nullable(),
      recordedAt: z.string(),
    })
    .nullable(),
  leave: LeaveBrief.nullable(),
  feedbackGiven: z.boolean(),
});
export const SessionDetail = SessionDto.extend({ people: z.array(SessionPerson) });
/** employeeId defaults to the caller; to to today, from to six days before to. */
export const AttendanceScoreQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  employeeId: Id.optional(),
});
export const AttendanceScore = z.object({
  employeeId: z.string(),
  from: z.string(),
  to: z.string(),
  points: z.number(),
  /** null when no session of the period has attendance taken (the evaluator enters it by hand). */
  score: z.number().nullable(),
  counted: z.number().int(),
  credit: z.number(),
  breakdown: z.object({
    present: z.number().int(),
    lateMinor: z.number().int(),
    lateMajor: z.number().int(),
    leftEarly: z.number().int(),
    absent: z.number().int(),
    onLeave: z.number().int(),
    notTaken: z.number().int(),
  }),
});

// --- Leave and feedback --------------------------------------------------------------------------

export const LeaveInput = z.object({ reason: Reason });
export const LeaveDecision = z.object({ decision: z.enum(['approve', 'refuse']), note: OptText(500) });
export const LeaveDto = z.object({
  id: z.string(),
  sessionId: z.string(),
  sessionTitle: z.string(),
  startsAt: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  reason: z.string(),
  status: z.enum(LEAVE_STATUSES),
  /** Asked for after the session had started (事后请假): accepted, but marked. */
  late: z.boolean(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export const LeaveListQuery = z.object({
  status: z.enum(LEAVE_STATUSES).optional(),
  sessionId: Id.optional(),
  employeeId: Id.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const FeedbackInput = z.object({ content: Score5, trainer: Score5, method: Score5, suggestions: OptText(2000) });
export const FeedbackDto = z.object({
  id: z.string(),
  sessionId: z.string(),
  courseTitle: z.string(),
  trainerName: z.string(),
  startsAt: z.string(),
  content: z.number().int(),
  trainer: z.number().int(),
  method: z.number().int(),
  suggestions: z.string().nullable(),
  createdAt: z.string(),
});
export const FeedbackRollup = z
  .object({ id: z.string(), name: z.string(), sessions: z.number().int(), overall: Avg })
  .extend(Ratings.shape);
export const FeedbackListQuery = z.object({
  courseId: Id.optional(),
  trainerId: Id.optional(),
  sessionId: Id.optional(),
});
/** Anonymous: learners' names are not shown with their answers. */
export const FeedbackItem = FeedbackDto.omit({ id: true });
