import type { RouteEntry } from '../../../routing/types';

// The rates pages of analytics (issue 22); spread into ../routes.tsx.
export const ratesRoutes: RouteEntry[] = [];
