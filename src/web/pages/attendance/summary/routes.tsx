import type { RouteEntry } from '../../../routing/types';

// The summary pages of attendance (issue 19); spread into ../routes.tsx.
export const summaryRoutes: RouteEntry[] = [];
