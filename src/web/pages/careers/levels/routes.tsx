import type { RouteEntry } from '../../../routing/types';

// The levels pages of careers (issue 21); spread into ../routes.tsx.
export const levelsRoutes: RouteEntry[] = [];
