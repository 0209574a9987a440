import { z } from 'zod';
import { ROLES } from './roles.js';
import { IsoDate } from './people.js';
import { RecordLabel } from './record-labels.js';
import {
  PLAN_AUDIENCES,
  PLAN_STATUSES,
  ContentArea,
  TrainingMethod,
  AttendanceStatus,
  Id,
  Text,
  OptText,
  Score5,
  Avg,
  Reason,
} from './training.js';
import { LeaveBrief, AttendanceScore } from './training-sessions.js';
import { AssignmentMode } from './mentorship-pool.js';

// The training record and mentoring on the API (see training.ts).

// --- Training record -----------------------------------------------------------------------------

export const CertificateInput = z.object({
  name: Text(200),
  issuer: OptText(200),
  issuedOn: IsoDate,
  expiresOn: IsoDate.nullish(),
  courseId: Id.nullish(),
  note: OptText(1000),
});
/**
 * A line under "scores". `title` is data (an exam's title, a daily evaluation's topic); a line the
 * server words itself (a retake, a daily period, an elimination step) carries `label`, a code the
 * web translates (src/common/record-labels.ts), and the web shows the label instead of the title.
 */
export const RecordScore = z.object({
  kind: z.string(),
  title: z.string(),
  label: RecordLabel.nullable().optional(),
  score: z.number().nullable(),
  passMark: z.number().nullable(),
  passed: z.boolean().nullable(),
  date: z.string().nullable(),
});
export const TrainingRecord = z.object({
  employee: z.object({
    id: z.string(),
    employeeNo: z.string(),
    name: z.string(),
    teamName: z.string(),
    departmentName: z.string(),
    status: z.string(),
    hireDate: z.string(),
  }),
  plans: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      audience: z.enum(PLAN_AUDIENCES),
      startDate: z.string(),
      endDate: z.string(),
      status: z.enum(PLAN_STATUSES),
      cohortName: z.string().nullable(),
    }),
  ),
  sessions: z.array(
    z.object({
      sessionId: z.string(),
      courseTitle: z.string(),
      contentArea: ContentArea,
      method: TrainingMethod,
      trainerName: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      room: z.string().nullable(),
      sessionStatus: z.enum(['scheduled', 'cancelled']),
      attendance: AttendanceStatus.nullable(),
      minutes: z.number().int().nullable(),
      leave: LeaveBrief.nullable(),
      feedbackGiven: z.boolean(),
    }),
  ),
  attendance: AttendanceScore.omit({ employeeId: true }),
  materials: z.object({ required: z.number().int(), completed: z.number().int() }),
  /** Exam and assessment results, added by the modules that own them (see registerRecordScores). */
  scores: z.array(RecordScore),
  /** A certification step names itself by `label` and its evidence by `facts` (codes); `name` is then empty. */
  certificates: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      label: RecordLabel.nullable().optional(),
      issuer: z.string().nullable(),
      issuedOn: z.string(),
      expiresOn: z.string().nullable(),
      courseTitle: z.string().nullable(),
      note: z.string().nullable(),
      facts: RecordLabel.nullable().optional(),
    }),
  ),
  mentoring: z.array(
    z.object({
      id: z.string(),
      mode: AssignmentMode,
      mentorName: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      status: z.enum(['active', 'ended', 'replaced']),
      endReason: z.string().nullable(),
      hours: z.number(),
      problemsOpen: z.number().int(),
      problemsClosed: z.number().int(),
      rating: z.number().int().nullable(),
    }),
  ),
  generatedAt: z.string(),
});

// --- Mentoring -----------------------------------------------------------------------------------

/** mode coaching: a mentor for a weak regular agent (traineeId names them), with a reason. */
export const AssignmentInput = z.object({
  traineeId: Id,
  mentorId: Id,
  mode: AssignmentMode,
  startDate: IsoDate,
  planId: Id.nullish(),
  reason: OptText(500),
});
export const ReplaceInput = z.object({ mentorId: Id, reason: Reason });
export const EndAssignmentInput = z.object({ reason: Reason, endDate: IsoDate.nullish() });
export const HoursInput = z.object({ date: IsoDate, hours: z.number().positive().max(24), note: OptText(500) });
export const ProblemInput = z.object({ date: IsoDate, description: Text(2000) });
export const CloseProblemInput = z.object({ resolution: Text(2000), closedOn: IsoDate.nullish() });
export const RatingInput = z.object({ score: Score5, comment: OptText(1000) });
export const AssignmentListQuery = z.object({
  traineeId: Id.optional(),
  mentorId: Id.optional(),
  status: z.enum(['active', 'ended', 'replaced']).optional(),
});
export const AssignmentDto = z.object({
  id: z.string(),
  traineeId: z.string(),
  traineeName: z.string(),
  mentorId: z.string(),
  mentorName: z.string(),
  mode: AssignmentMode,
  planId: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  status: z.enum(['active', 'ended', 'replaced']),
  endReason: z.string().nullable(),
  replacesId: z.string().nullable(),
  /** Why a coaching mentor was given (coaching only). */
  reason: z.string().nullable(),
  hoursTotal: z.number(),
  openProblems: z.number().int(),
  rating: z.number().int().nullable(),
});
export const ProblemDto = z.object({
  id: z.string(),
  assignmentId: z.string(),
  workDate: z.string(),
  description: z.string(),
  status: z.enum(['open', 'closed']),
  closedOn: z.string().nullable(),
  resolution: z.string().nullable(),
  /** Not closed on the day it was met: shown as carried over until closed. */
  carriedOver: z.boolean(),
  daysOpen: z.number().int(),
});
export const DailyLog = z.object({
  assignmentId: z.string(),
  date: z.string(),
  mode: AssignmentMode,
  hours: z.array(z.object({ id: z.string(), hours: z.number(), note: z.string().nullable(), createdAt: z.string() })),
  /** The trainee's one-to-one hours that day (all mentors) and the cap; cap is null for one-to-five. */
  dayTotal: z.number(),
  cap: z.number().nullable(),
  problems: z.array(ProblemDto),
  carriedOver: z.array(ProblemDto),
});
export const HoursResult = z.object({ id: z.string(), dayTotal: z.number(), cap: z.number().nullable() });
export const MentorRollup = z.object({
  mentorId: z.string(),
  name: z.string(),
  activeOneToOne: z.number().int(),
  activeOneToFive: z.number().int(),
  ratings: z.number().int(),
  avgRating: Avg,
});
export const WarningDto = z.object({
  id: z.string(),
  kind: z.string(),
  subjectEmployeeId: z.string().nullable(),
  subjectName: z.string().nullable(),
  message: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const RoleName = z.enum(ROLES);
