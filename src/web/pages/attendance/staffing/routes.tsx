import type { RouteEntry } from '../../../routing/types';

// The staffing pages of attendance (issue 19); spread into ../routes.tsx.
export const staffingRoutes: RouteEntry[] = [];
