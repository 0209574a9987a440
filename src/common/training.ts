import { z } from 'zod';
import { ROLES } from './roles.js';
import { IsoDate } from './people.js';
import { RecordLabel } from './record-labels.js';

// Shapes of training management (SPEC §3, §7, issue 3) on the API, shared by the server
// (validation, OpenAPI at /api/docs, tag "training") and the web (types). Enum values are stored
// and sent as they are; the web shows them through its locale files.

/** SPEC §3's five content areas: 1 basics & culture, 2 business & systems, 3 service & communication, 4 conduct & mindset, 5 law & risk. */
export const CONTENT_AREAS = [
  'basics_culture',
  'business_systems',
  'service_communication',
  'conduct_mindset',
  'law_risk',
] as const;
/** SPEC §3's six methods: lecture, case study, role-play/simulation, mentoring, online (micro-courses, videos, documents), experience sharing. */
export const TRAINING_METHODS = [
  'lecture',
  'case_study',
  'role_play',
  'mentoring',
  'online',
  'experience_sharing',
] as const;
export const PLAN_AUDIENCES = ['new_hire', 'on_the_job', 'key_staff'] as const;
/** adhoc = a topic raised by a product, system or process change (needs a trigger). */
export const RECURRENCES = ['none', 'monthly', 'quarterly', 'half_yearly', 'adhoc'] as const;
export const ADHOC_TRIGGERS = ['product_change', 'system_change', 'process_change'] as const;
export const PHASE_KINDS = ['classroom', 'one_to_one', 'one_to_five', 'go_live', 'other'] as const;
export const PLAN_STATUSES = ['draft', 'active', 'completed', 'cancelled'] as const;
export const TRAINER_KINDS = ['internal', 'external'] as const;
export const TRAINER_CATEGORIES = [
  'senior_staff',
  'team_lead',
  'supervisor',
  'hr_trainer',
  'external_consultant',
  'other',
] as const;
export const ATTENDANCE_STATUSES = ['present', 'late', 'left_early', 'absent', 'on_leave'] as const;
/** The statuses that count as having attended (and so may give feedback). */
export const ATTENDED: readonly AttendanceStatusName[] = ['present', 'late', 'left_early'];
export const LEAVE_STATUSES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export const MATERIAL_KINDS = ['document', 'video', 'micro_course'] as const;
export const MENTOR_MODES = ['one_to_one', 'one_to_five'] as const;
export const SURVEY_AUDIENCES = ['cohort', 'team', 'role'] as const;

export const ContentArea = z.enum(CONTENT_AREAS);
export const TrainingMethod = z.enum(TRAINING_METHODS);
export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatusName = (typeof ATTENDANCE_STATUSES)[number];
export const MentorMode = z.enum(MENTOR_MODES);

const Id = z.string().min(1).max(64);
const Text = (max: number) => z.string().trim().min(1).max(max);
const OptText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const Ids = (max: number) => z.array(Id).max(max);
/** An instant with its offset, e.g. 2026-11-24T09:00:00+08:00; stored in UTC. */
export const Instant = z.iso.datetime({ offset: true });
const Link = z
  .string()
  .trim()
  .max(2000)
  .regex(/^(https?:\/\/|\/)\S+$/i, 'an http(s) link or a path on this site');
const Score5 = z.number().int().min(1).max(5);
const Avg = z.number().nullable();
export const Reason = z.string().trim().min(2, 'give a reason').max(500);
export const Created = z.object({ id: z.string() });

// --- Courses and materials -------------------------------------------------------------------

export const CourseInput = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, . - and _ only'),
  title: Text(200),
  contentArea: ContentArea,
  method: TrainingMethod,
  hours: z.number().positive().max(500),
  description: OptText(5000),
  archived: z.boolean().default(false),
});
export const CourseUpdate = CourseInput.extend({ version: z.number().int().min(1) });
export const CourseDto = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  contentArea: ContentArea,
  method: TrainingMethod,
  hours: z.number(),
  description: z.string().nullable(),
  archived: z.boolean(),
  materialCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const CourseListQuery = z.object({
  contentArea: ContentArea.optional(),
  method: TrainingMethod.optional(),
  q: z.string().trim().max(100).optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const MaterialInput = z.object({
  kind: z.enum(MATERIAL_KINDS),
  title: Text(200),
  url: Link,
  required: z.boolean().default(true),
  /** Due this many days after the person's first session of the course (negative: before, to prepare). */
  dueOffsetDays: z.number().int().min(-90).max(365).default(0),
  archived: z.boolean().default(false),
});
export const MaterialDto = z.object({
  id: z.string(),
  courseId: z.string(),
  kind: z.enum(MATERIAL_KINDS),
  title: z.string(),
  url: z.string(),
  required: z.boolean(),
  dueOffsetDays: z.number().int(),
  archived: z.boolean(),
});
export const DueMaterial = z.object({
  materialId: z.string(),
  courseId: z.string(),
  courseTitle: z.string(),
  kind: z.enum(MATERIAL_KINDS),
  title: z.string(),
  url: z.string(),
  required: z.boolean(),
  dueOn: z.string(),
  overdue: z.boolean(),
  completedAt: z.string().nullable(),
});
export const CompletionRow = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  completedAt: z.string().nullable(),
});

// --- Trainers ----------------------------------------------------------------------------------

export const TrainerInput = z.object({
  kind: z.enum(TRAINER_KINDS),
  /** Internal trainers: the employee (name taken from them). */
  employeeId: Id.nullish(),
  /** External trainers: their name. */
  name: z.string().trim().max(64).nullish(),
  category: z.enum(TRAINER_CATEGORIES),
  organization: OptText(200),
  certification: OptText(500),
  certifiedOn: IsoDate.nullish(),
  certifiedUntil: IsoDate.nullish(),
  active: z.boolean().default(true),
  notes: OptText(2000),
});
export const TrainerUpdate = TrainerInput.extend({ version: z.number().int().min(1) });
export const Ratings = z.object({ responses: z.number().int(), content: Avg, trainer: Avg, method: Avg });
export const TrainerDto = z.object({
  id: z.string(),
  kind: z.enum(TRAINER_KINDS),
  employeeId: z.string().nullable(),
  name: z.string(),
  category: z.enum(TRAINER_CATEGORIES),
  organization: z.string().nullable(),
  certification: z.string().nullable(),
  certifiedOn: z.string().nullable(),
  certifiedUntil: z.string().nullable(),
  active: z.boolean(),
  notes: z.string().nullable(),
  version: z.number().int(),
  /** Sum of the lengths of the sessions they taught that have ended (not cancelled). */
  teachingHours: z.number(),
  sessionsTaught: z.number().int(),
  /** Learners' feedback on their sessions (1–5 averages, one decimal). */
  ratings: Ratings,
});

// --- Cohorts -------------------------------------------------------------------------------------

export const CohortInput = z.object({
  name: Text(100),
  teamId: Id.nullish(),
  startDate: IsoDate,
  /** The members; left empty with a teamId, the team's current trainees become the cohort. */
  employeeIds: Ids(1000).default([]),
});
export const CohortMembersInput = z.object({ employeeIds: Ids(1000) });
export const CohortDto = z.object({
  id: z.string(),
  name: z.string(),
  teamId: z.string().nullable(),
  startDate: z.string(),
  memberCount: z.number().int(),
  createdAt: z.string(),
});
export const PersonRef = z.object({ employeeId: z.string(), employeeNo: z.string(), name: z.string() });
export const CohortDetail = CohortDto.extend({ members: z.array(PersonRef.extend({ status: z.string() })) });

// --- Needs surveys -----------------------------------------------------------------------------

export const SurveyQuestion = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_-]+$/),
  /** choice: pick options (multiple allows several); rating: 1–5 importance; text: free answer. */
  kind: z.enum(['choice', 'rating', 'text']),
  text: Text(500),
  options: z.array(Text(200)).max(30).optional(),
  multiple: z.boolean().default(false),
});
export const SurveyInput = z.object({
  title: Text(200),
  description: OptText(5000),
  /** cohort → a cohort id; team → a team id; role → a role name (its account holders). */
  audience: z.object({ kind: z.enum(SURVEY_AUDIENCES), ref: Id }),
  /** Also ask the audience's supervisors and team leads (their answers are the organization's needs). */
  includeSupervisors: z.boolean().default(true),
  questions: z.array(SurveyQuestion).min(1).max(50),
  closesOn: IsoDate.nullish(),
});
export const SurveyDto = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  audienceKind: z.enum(SURVEY_AUDIENCES),
  audienceRef: z.string(),
  questions: z.array(SurveyQuestion),
  status: z.enum(['open', 'closed']),
  closesOn: z.string().nullable(),
  createdAt: z.string(),
  recipients: z.object({
    individuals: z.number().int(),
    supervisors: z.number().int(),
    answeredIndividuals: z.number().int(),
    answeredSupervisors: z.number().int(),
  }),
  planIds: z.array(z.string()),
});
export const AnswerValue = z.union([z.string().trim().max(5000), z.number(), z.array(z.string().max(200)).max(30)]);
export const SurveyAnswerInput = z.object({ answers: z.record(z.string().max(32), AnswerValue) });
export const MySurvey = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  questions: z.array(SurveyQuestion),
  status: z.enum(['open', 'closed']),
  closesOn: z.string().nullable(),
  respondentKind: z.enum(['individual', 'supervisor']),
  answeredAt: z.string().nullable(),
  answers: z.record(z.string(), AnswerValue).nullable(),
});
export const SurveySummary = z.object({
  surveyId: z.string(),
  /** Organization (supervisors') needs weigh `organization`, individual wishes `individual` (settings). */
  weights: z.object({ organization: z.number(), individual: z.number() }),
  respondents: z.object({ individuals: z.number().int(), supervisors: z.number().int() }),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['choice', 'rating', 'text']),
      text: z.string(),
      options: z
        .array(
          z.object({
            option: z.string(),
            supervisorShare: z.number(),
            individualShare: z.number(),
            weightedScore: z.number(),
          }),
        )
        .optional(),
      rating: z
        .object({
          supervisorMean: Avg,
          individualMean: Avg,
          weightedMean: Avg,
          supervisorCount: z.number().int(),
          individualCount: z.number().int(),
        })
        .optional(),
      texts: z.array(z.object({ respondentKind: z.enum(['individual', 'supervisor']), text: z.string() })).optional(),
    }),
  ),
});

// --- Plans -------------------------------------------------------------------------------------

export const PhaseInput = z.object({
  name: Text(100),
  kind: z.enum(PHASE_KINDS),
  startDate: IsoDate,
  endDate: IsoDate,
  courseIds: Ids(100).default([]),
});
export const PlanInput = z.object({
  title: Text(200),
  audience: z.enum(PLAN_AUDIENCES),
  /** Required for new_hire plans: the cohort the plan runs for. */
  cohortId: Id.nullish(),
  startDate: IsoDate,
  endDate: IsoDate,
  /** new_hire: none; on_the_job: monthly, quarterly, half_yearly or adhoc; key_staff: any. */
  recurrence: z.enum(RECURRENCES).default('none'),
  trigger: z.enum(ADHOC_TRIGGERS).nullish(),
  triggerNote: OptText(500),
  objectives: OptText(5000),
  assessmentPlan: OptText(5000),
  supervision: OptText(2000),
  venue: OptText(500),
  equipment: OptText(2000),
  methods: z.array(TrainingMethod).max(6).default([]),
  evaluationMethod: OptText(2000),
  status: z.enum(PLAN_STATUSES).default('draft'),
  needsSurveyId: Id.nullish(),
  phases: z.array(PhaseInput).max(20).default([]),
});
export const PlanUpdate = PlanInput.extend({ version: z.number().int().min(1) });
export const CourseRef = z.object({ id: z.string(), code: z.string(), title: z.string() });
export const PlanDto = z.object({
  id: z.string(),
  title: z.string(),
  audience: z.enum(PLAN_AUDIENCES),
  cohortId: z.string().nullable(),
  cohortName: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  recurrence: z.enum(RECURRENCES),
  trigger: z.enum(ADHOC_TRIGGERS).nullable(),
  triggerNote: z.string().nullable(),
  objectives: z.string().nullable(),
  assessmentPlan: z.string().nullable(),
  supervision: z.string().nullable(),
  venue: z.string().nullable(),
  equipment: z.string().nullable(),
  methods: z.array(TrainingMethod),
  evaluationMethod: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  needsSurveyId: z.string().nullable(),
  previousPlanId: z.string().nullable(),
  /** The start of the next cycle for monthly / quarterly / half-yearly plans. */
  nextCycleStart: z.string().nullable(),
  sessionCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  phases: z.array(
    z.object({
      id: z.string(),
      seq: z.number().int(),
      name: z.string(),
      kind: z.enum(PHASE_KINDS),
      startDate: z.string(),
      endDate: z.string(),
      courses: z.array(CourseRef),
    }),
  ),
});
export const PlanListQuery = z.object({
  audience: z.enum(PLAN_AUDIENCES).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
});

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
      mode: MentorMode,
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

export const AssignmentInput = z.object({
  traineeId: Id,
  mentorId: Id,
  mode: MentorMode,
  startDate: IsoDate,
  planId: Id.nullish(),
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
  mode: MentorMode,
  planId: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  status: z.enum(['active', 'ended', 'replaced']),
  endReason: z.string().nullable(),
  replacesId: z.string().nullable(),
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
  mode: MentorMode,
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
