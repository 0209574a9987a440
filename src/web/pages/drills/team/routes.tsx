import type { RouteEntry } from '../../../routing/types';

// The team pages of drills (issue 20); spread into ../routes.tsx.
export const teamRoutes: RouteEntry[] = [];
