import type { RouteEntry } from '../../../routing/types';

// The levels pages of analytics (issue 22); spread into ../routes.tsx.
export const levelsRoutes: RouteEntry[] = [];
