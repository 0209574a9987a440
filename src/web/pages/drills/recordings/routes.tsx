import type { RouteEntry } from '../../../routing/types';

// The recordings pages of drills (issue 20); spread into ../routes.tsx.
export const recordingsRoutes: RouteEntry[] = [];
