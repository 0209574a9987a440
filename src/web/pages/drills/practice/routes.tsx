import type { RouteEntry } from '../../../routing/types';

// The practice pages of drills (issue 20); spread into ../routes.tsx.
export const practiceRoutes: RouteEntry[] = [];
