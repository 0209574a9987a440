import type { RouteEntry } from '../../../routing/types';

// The warnings pages of analytics (issue 22); spread into ../routes.tsx.
export const warningsRoutes: RouteEntry[] = [];
