import type { RouteEntry } from '../../../routing/types';

// The report pages of analytics (issue 22); spread into ../routes.tsx.
export const reportRoutes: RouteEntry[] = [];
