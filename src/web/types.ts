import type { z } from 'zod';
import type {
  EmployeeCreate,
  EmployeeDetail,
  EmployeePatch,
  EmployeeSummary,
  StatusChange,
  TeamMove,
} from '../common/people';
import type { EmployeeStatus, Locale, Role } from '../common/roles';
import type { AuditEntryDto } from '../server/modules/audit/audit.schema';
import type { Me as MeSchema } from '../server/modules/auth/auth.schema';
import type { Department as DepartmentSchema, DepartmentBody, TeamBody } from '../server/modules/people/org.schema';
import type { CommitResult, RosterPreview as RosterPreviewSchema } from '../server/modules/people/roster/roster.schema';
import type { InitialPassword, UserCreate, UserDto, UserPatch } from '../server/modules/users/users.schema';

// The web's view of the API: types only, taken from the zod schemas the server validates with.
export type { EmployeeStatus, Locale, Role };
export type Me = z.infer<typeof MeSchema>;
export type EmployeeSummary = z.infer<typeof EmployeeSummary>;
export type EmployeeDetail = z.infer<typeof EmployeeDetail>;
export type EmployeeCreateBody = z.input<typeof EmployeeCreate>;
export type EmployeePatchBody = z.input<typeof EmployeePatch>;
export type StatusChangeBody = z.input<typeof StatusChange>;
export type TeamMoveBody = z.input<typeof TeamMove>;
export type Department = z.infer<typeof DepartmentSchema>;
export type Team = Department['teams'][number];
export type DepartmentInput = z.input<typeof DepartmentBody>;
export type TeamInput = z.input<typeof TeamBody>;
export type User = z.infer<typeof UserDto>;
export type UserCreateBody = z.input<typeof UserCreate>;
export type UserPatchBody = z.input<typeof UserPatch>;
export type InitialPassword = z.infer<typeof InitialPassword>;
export type AuditEntry = z.infer<typeof AuditEntryDto>;

export type RosterPreview = z.infer<typeof RosterPreviewSchema>;
export type RosterRow = RosterPreview['rows'][number];
export type RosterRowError = RosterPreview['errors'][number];
export type RosterResult = z.infer<typeof CommitResult>;

export interface Page<T> {
  data: T[];
  total: number;
}
