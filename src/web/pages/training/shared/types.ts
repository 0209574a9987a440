import type { z } from 'zod';
import type * as T from '../../../../common/training';

// The web's view of the training API: types only, taken from the zod schemas the server
// validates with (src/common/training.ts).
export type {
  AttendanceStatusName,
} from '../../../../common/training';
export type ContentArea = (typeof T.CONTENT_AREAS)[number];
export type TrainingMethod = (typeof T.TRAINING_METHODS)[number];
export type PlanAudience = (typeof T.PLAN_AUDIENCES)[number];
export type Recurrence = (typeof T.RECURRENCES)[number];
export type AdhocTrigger = (typeof T.ADHOC_TRIGGERS)[number];
export type PhaseKind = (typeof T.PHASE_KINDS)[number];
export type PlanStatus = (typeof T.PLAN_STATUSES)[number];
export type LeaveStatus = (typeof T.LEAVE_STATUSES)[number];
export type MaterialKind = (typeof T.MATERIAL_KINDS)[number];
export type MentorMode = (typeof T.MENTOR_MODES)[number];
export type SurveyAudience = (typeof T.SURVEY_AUDIENCES)[number];

export type Course = z.infer<typeof T.CourseDto>;
export type CourseBody = z.input<typeof T.CourseInput>;
export type Material = z.infer<typeof T.MaterialDto>;
export type MaterialBody = z.input<typeof T.MaterialInput>;
export type DueMaterial = z.infer<typeof T.DueMaterial>;
export type Completion = z.infer<typeof T.CompletionRow>;
export type Trainer = z.infer<typeof T.TrainerDto>;
export type TrainerBody = z.input<typeof T.TrainerInput>;
export type Ratings = z.infer<typeof T.Ratings>;
export type Cohort = z.infer<typeof T.CohortDto>;
export type CohortDetail = z.infer<typeof T.CohortDetail>;
export type Plan = z.infer<typeof T.PlanDto>;
export type PlanBody = z.input<typeof T.PlanInput>;
export type Session = z.infer<typeof T.SessionDto>;
export type SessionBody = z.input<typeof T.SessionInput>;
export type SessionPatch = z.input<typeof T.SessionUpdate>;
export type SessionDetail = z.infer<typeof T.SessionDetail>;
export type SessionPerson = z.infer<typeof T.SessionPerson>;
export type ClashCheck = z.input<typeof T.ClashCheckInput>;
export type Clash = z.infer<typeof T.Clash>;
export type AttendanceRecord = z.input<typeof T.AttendanceRecord>;
export type AttendanceScore = z.infer<typeof T.AttendanceScore>;
export type Leave = z.infer<typeof T.LeaveDto>;
export type LeaveBrief = z.infer<typeof T.LeaveBrief>;
export type FeedbackBody = z.input<typeof T.FeedbackInput>;
export type Feedback = z.infer<typeof T.FeedbackDto>;
export type FeedbackItem = z.infer<typeof T.FeedbackItem>;
export type FeedbackRollup = z.infer<typeof T.FeedbackRollup>;
export type TrainingRecord = z.infer<typeof T.TrainingRecord>;
export type CertificateBody = z.input<typeof T.CertificateInput>;
export type Survey = z.infer<typeof T.SurveyDto>;
export type SurveyBody = z.input<typeof T.SurveyInput>;
export type SurveyQuestion = z.infer<typeof T.SurveyQuestion>;
export type MySurvey = z.infer<typeof T.MySurvey>;
export type SurveySummary = z.infer<typeof T.SurveySummary>;
export type AnswerValue = z.infer<typeof T.AnswerValue>;
export type Assignment = z.infer<typeof T.AssignmentDto>;
export type AssignmentBody = z.input<typeof T.AssignmentInput>;
export type DailyLog = z.infer<typeof T.DailyLog>;
export type Problem = z.infer<typeof T.ProblemDto>;
export type HoursResult = z.infer<typeof T.HoursResult>;
export type MentorRollup = z.infer<typeof T.MentorRollup>;
export type Warning = z.infer<typeof T.WarningDto>;
