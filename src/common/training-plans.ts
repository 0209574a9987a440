import { z } from 'zod';
import { IsoDate } from './people.js';
import {
  PLAN_AUDIENCES,
  RECURRENCES,
  ADHOC_TRIGGERS,
  PHASE_KINDS,
  PLAN_STATUSES,
  SURVEY_AUDIENCES,
  TrainingMethod,
  Id,
  Text,
  OptText,
  Ids,
  Avg,
} from './training.js';

// Cohorts, training-needs surveys and training plans on the API (see training.ts).

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
