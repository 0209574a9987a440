import type { RouteEntry } from '../../../routing/types';

// The retention pages of analytics (issue 22); spread into ../routes.tsx.
export const retentionRoutes: RouteEntry[] = [];
