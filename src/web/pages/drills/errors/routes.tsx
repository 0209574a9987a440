import type { RouteEntry } from '../../../routing/types';

// The errors pages of drills (issue 20); spread into ../routes.tsx.
export const errorsRoutes: RouteEntry[] = [];
