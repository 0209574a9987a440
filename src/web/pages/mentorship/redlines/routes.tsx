import type { RouteEntry } from '../../../routing/types';

// The redlines pages of mentorship (issue 20 item 6); spread into ../routes.tsx.
export const redlinesRoutes: RouteEntry[] = [];
