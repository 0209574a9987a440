import { z } from 'zod';
import { LOCALES, ROLES } from '../../../common/roles.js';
import { PERMISSIONS } from '../../../common/permissions.js';

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
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
