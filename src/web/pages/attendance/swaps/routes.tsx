import type { RouteEntry } from '../../../routing/types';

// The swaps pages of attendance (issue 19); spread into ../routes.tsx.
export const swapsRoutes: RouteEntry[] = [];
