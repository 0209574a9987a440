import { z } from 'zod';
import { EMPLOYEE_STATUSES } from './roles.js';

// Shapes of people on the API, shared by the server (validation, OpenAPI) and the web (types).

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a real calendar date');

export const EmployeeStatus = z.enum(EMPLOYEE_STATUSES);

const Text = (max: number) => z.string().trim().min(1).max(max);
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const EmployeeNo = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

export const EmployeeCreate = z.object({
  employeeNo: EmployeeNo,
  name: Text(64),
  hireDate: IsoDate,
  teamId: z.string().min(1).max(64),
  supervisorId: z.string().min(1).max(64).nullish(),
  status: EmployeeStatus.default('trainee'),
  gender: z.enum(['male', 'female']).nullish(),
  phone: z
    .string()
    .trim()
    .max(32)
    .regex(/^[0-9+\- ]*$/, 'digits, +, - and spaces only')
    .nullish(),
  email: z.union([z.email().max(128), z.literal('')]).nullish(),
  position: OptionalText(64),
  skills: z.array(Text(32)).max(50).default([]),
  reason: z.string().trim().max(500).optional(),
});
export type EmployeeCreateInput = z.input<typeof EmployeeCreate>;

export const EmployeePatch = EmployeeCreate.omit({ teamId: true, status: true, employeeNo: true, reason: true })
  .partial()
  .extend({ version: z.number().int().min(1), reason: z.string().trim().max(500).optional() });

export const Reason = z.string().trim().min(2, 'give a reason').max(500);

export const StatusChange = z.object({
  status: EmployeeStatus,
  effectiveDate: IsoDate,
  reason: Reason,
  version: z.number().int().min(1),
});

export const TeamMove = z.object({
  teamId: z.string().min(1).max(64),
  supervisorId: z.string().min(1).max(64).nullish(),
  effectiveDate: IsoDate,
  reason: Reason,
  version: z.number().int().min(1),
});

export const EmployeeListQuery = z.object({
  q: z.string().trim().max(64).optional(),
  departmentId: z.string().max(64).optional(),
  teamId: z.string().max(64).optional(),
  status: z
    .union([EmployeeStatus, z.array(EmployeeStatus)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  sort: z.enum(['employeeNo', 'name', 'hireDate', 'status']).default('employeeNo'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const EmployeeSummary = z.object({
  id: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  hireDate: z.string(),
  status: EmployeeStatus,
  statusSince: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  position: z.string().nullable(),
});
export type EmployeeSummaryDto = z.infer<typeof EmployeeSummary>;

export const StatusHistoryItem = z.object({
  id: z.string(),
  fromStatus: EmployeeStatus.nullable(),
  toStatus: EmployeeStatus,
  effectiveDate: z.string(),
  reason: z.string(),
  changedBy: z.string().nullable(),
  createdAt: z.string(),
});
export const TeamHistoryItem = z.object({
  id: z.string(),
  fromTeamName: z.string().nullable(),
  toTeamName: z.string(),
  effectiveDate: z.string(),
  reason: z.string(),
  changedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const EmployeeDetail = EmployeeSummary.extend({
  gender: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  supervisorId: z.string().nullable(),
  supervisorName: z.string().nullable(),
  skills: z.array(z.string()),
  version: z.number().int(),
  username: z.string().nullable(),
  roles: z.array(z.string()),
  tenureDays: z.number().int(),
  statusHistory: z.array(StatusHistoryItem),
  teamHistory: z.array(TeamHistoryItem),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EmployeeDetailDto = z.infer<typeof EmployeeDetail>;
