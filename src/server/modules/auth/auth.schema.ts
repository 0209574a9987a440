import { z } from 'zod';
import { LOCALES, ROLES } from '../../../common/roles.js';
import { PERMISSIONS } from '../../../common/permissions.js';

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  /** The 6-digit code, for an account with the second step on (answered 401 TOTP_REQUIRED without it). */
  code: z.string().trim().max(10).optional(),
});

export const PasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const PreferencesBody = z.object({ locale: z.enum(LOCALES) });

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.enum(Object.keys(PERMISSIONS) as [keyof typeof PERMISSIONS])),
  locale: z.enum(LOCALES),
  mustChangePassword: z.boolean(),
  employeeId: z.string().nullable(),
  teamId: z.string().nullable(),
  departmentId: z.string().nullable(),
  csrfToken: z.string(),
});
export type MeDto = z.infer<typeof Me>;

export const SignInOptions = z.object({
  demo: z.boolean(),
  production: z.boolean(),
  minPasswordLength: z.number().int(),
});

export const TotpStatus = z.object({ allowed: z.boolean(), enabled: z.boolean(), enabledAt: z.string().nullable() });
export const TotpEnrolment = z.object({ secret: z.string(), otpauthUri: z.string() });
export const TotpCode = z.object({ code: z.string().trim().min(1).max(10) });
