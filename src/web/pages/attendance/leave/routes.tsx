import type { RouteEntry } from '../../../routing/types';

// The leave pages of attendance (issue 19); spread into ../routes.tsx.
export const leaveRoutes: RouteEntry[] = [];
