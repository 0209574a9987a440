import type { RouteEntry } from '../../../routing/types';

// The reserve pages of careers (issue 21); spread into ../routes.tsx.
export const reserveRoutes: RouteEntry[] = [];
