import { z } from 'zod';
import { IsoDate } from './people.js';
import { QuestionType, Text, Id, Reason } from './exams.js';

// Practical assessments, daily performance, follow-ups and item analysis on the API (see exams.ts).

// --- Practical, daily performance, follow-ups ------------------------------------------------
export const PracticalScores = z.object({
  communication: z.number().min(0).max(100),
  problemSolving: z.number().min(0).max(100),
  serviceAttitude: z.number().min(0).max(100),
  emergencyHandling: z.number().min(0).max(100),
});
export const PracticalInput = z.object({
  employeeId: Id,
  scenario: z.enum(['role_play', 'simulated_call', 'real_call', 'complaint']),
  scores: PracticalScores,
  comments: z.string().trim().max(5000).optional(),
});
export const PracticalUpdate = z.object({
  scores: PracticalScores,
  comments: z.string().trim().max(5000).optional(),
  reason: Reason,
  version: z.number().int().min(1),
});
export const PracticalDto = z.object({
  id: z.string(),
  examId: z.string(),
  examTitle: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  scenario: z.string(),
  scores: PracticalScores,
  weights: z.record(z.string(), z.number()),
  total: z.number(),
  passMark: z.number(),
  passed: z.boolean(),
  comments: z.string().nullable(),
  scoredBy: z.string().nullable(),
  scoredAt: z.string(),
  version: z.number().int(),
});

export const DailyInput = z.object({
  employeeId: Id,
  periodStart: IsoDate,
  kind: z.enum(['regular', 'adhoc']).default('regular'),
  topic: z.string().trim().max(200).optional(),
  attendance: z.number().min(0).max(30).nullish(),
  attitude: z.number().min(0).max(30),
  teamwork: z.number().min(0).max(40),
  comments: z.string().trim().max(5000).optional(),
});
export const DailyUpdate = z.object({
  attendance: z.number().min(0).max(30),
  attitude: z.number().min(0).max(30),
  teamwork: z.number().min(0).max(40),
  comments: z.string().trim().max(5000).optional(),
  reason: Reason,
  version: z.number().int().min(1),
});
export const DailyDto = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  teamId: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  kind: z.string(),
  topic: z.string().nullable(),
  attendance: z.number(),
  attendanceSource: z.enum(['manual', 'training']),
  attitude: z.number(),
  teamwork: z.number(),
  total: z.number(),
  passed: z.boolean(),
  comments: z.string().nullable(),
  scoredBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export const DailyListQuery = z.object({
  employeeId: z.string().max(64).optional(),
  teamId: z.string().max(64).optional(),
  periodStart: IsoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const FollowupDto = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  sourceKind: z.enum(['theory', 'practical', 'daily']),
  sourceId: z.string(),
  sourceTitle: z.string(),
  score: z.number(),
  passMark: z.number(),
  status: z.enum(['open', 'closed']),
  talkAt: z.string().nullable(),
  talkNotes: z.string().nullable(),
  feedback: z.string().nullable(),
  talkBy: z.string().nullable(),
  plan: z.string().nullable(),
  planDueDate: z.string().nullable(),
  planBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
/** What the trainee sees of their own follow-up: the feedback and the plan, not the staff notes. */
export const MyFollowupDto = FollowupDto.pick({
  id: true,
  sourceKind: true,
  sourceTitle: true,
  score: true,
  passMark: true,
  status: true,
  talkAt: true,
  feedback: true,
  plan: true,
  planDueDate: true,
  closedAt: true,
  createdAt: true,
});
export const TalkInput = z.object({
  at: z.iso.datetime({ offset: true }),
  notes: Text(5000),
  feedback: Text(5000),
  version: z.number().int().min(1),
});
export const PlanInput = z.object({ plan: Text(5000), dueDate: IsoDate, version: z.number().int().min(1) });
export const FollowupListQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  employeeId: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

// --- Item analysis ---------------------------------------------------------------------------
export const ItemStat = z.object({
  questionId: z.string(),
  title: z.string(),
  type: QuestionType,
  attempts: z.number().int(),
  /** Moodle: 100 × (mean item score − min) / (max − min), i.e. the mean share of the marks earned. */
  facilityIndex: z.number().nullable(),
  /** Moodle: 100 × Pearson correlation of the item score with the rest of the test (total − item). */
  discriminationIndex: z.number().nullable(),
  sd: z.number().nullable(),
});
export const ItemAnalysis = z.object({
  examId: z.string(),
  attempts: z.number().int(),
  minAttempts: z.number().int(),
  enough: z.boolean(),
  items: z.array(ItemStat),
});
