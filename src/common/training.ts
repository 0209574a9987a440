import { z } from 'zod';

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

export const Id = z.string().min(1).max(64);
export const Text = (max: number) => z.string().trim().min(1).max(max);
export const OptText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
export const Ids = (max: number) => z.array(Id).max(max);
/** An instant with its offset, e.g. 2026-11-24T09:00:00+08:00; stored in UTC. */
export const Instant = z.iso.datetime({ offset: true });
export const Link = z
  .string()
  .trim()
  .max(2000)
  .regex(/^(https?:\/\/|\/)\S+$/i, 'an http(s) link or a path on this site');
export const Score5 = z.number().int().min(1).max(5);
export const Avg = z.number().nullable();
export const Reason = z.string().trim().min(2, 'give a reason').max(500);
export const Created = z.object({ id: z.string() });
