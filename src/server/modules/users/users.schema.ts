import { z } from 'zod';
import { LOCALES, ROLES } from '../../../common/roles.js';

export const Username = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, . - and _ only');
const Roles = z
  .array(z.enum(ROLES))
  .min(1, 'give at least one role')
  .max(ROLES.length)
  .refine((r) => new Set(r).size === r.length, 'a role is listed twice');

export const UserCreate = z.object({
  username: Username,
  displayName: z.string().trim().min(1).max(64),
  roles: Roles,
  employeeId: z.string().min(1).max(64).nullish(),
  /** Left out: the server makes one and shows it once. Either way it must be changed at first sign-in. */
  password: z.string().min(1).max(256).optional(),
});

export const UserPatch = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  roles: Roles.optional(),
  employeeId: z.string().min(1).max(64).nullable().optional(),
  disabled: z.boolean().optional(),
  reason: z.string().trim().max(500).optional(),
});

export const UnlockBody = z.object({ reason: z.string().trim().max(500).optional() });

export const ResetPassword = z.object({ password: z.string().min(1).max(256).optional() });

export const UserListQuery = z.object({
  q: z.string().trim().max(64).optional(),
  role: z.enum(ROLES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const UserDto = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  employeeId: z.string().nullable(),
  employeeNo: z.string().nullable(),
  locale: z.enum(LOCALES),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  /** Signs in with a TOTP code after the password (an administrator can reset it). */
  secondStep: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});

export const InitialPassword = z.object({ id: z.string(), initialPassword: z.string() });
