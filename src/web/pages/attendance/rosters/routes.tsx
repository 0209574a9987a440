import type { RouteEntry } from '../../../routing/types';

// The rosters pages of attendance (issue 19); spread into ../routes.tsx.
export const rostersRoutes: RouteEntry[] = [];
