import { z } from 'zod';
import { IsoDate } from './people.js';
import {
  TRAINER_KINDS,
  TRAINER_CATEGORIES,
  MATERIAL_KINDS,
  ContentArea,
  TrainingMethod,
  Id,
  Text,
  OptText,
  Link,
  Avg,
} from './training.js';

// Courses, learning materials and trainers on the API (see training.ts for the shared value lists).

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
