import type { Role } from '../../common/roles.js';

/** Who is making a request: the signed-in user and where they sit in the organization. */
export interface Actor {
  userId: string;
  username: string;
  name: string;
  roles: Role[];
  locale: string;
  mustChangePassword: boolean;
  employeeId: string | null;
  teamId: string | null;
  departmentId: string | null;
  sessionId: string;
  csrfToken: string;
  /** People a module's relation grants sight of (a trainer's learners, a mentor's mentees); see access.ts. */
  extraVisibleEmployeeIds?: string[];
}

/** The actor for work done from the command line or by the demo seeder. */
export const SYSTEM_ACTOR = { userId: null as unknown as string, name: 'system' };
