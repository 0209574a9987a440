import type { RouteEntry } from '../../../routing/types';

// The panel pages of careers (issue 21); spread into ../routes.tsx.
export const panelRoutes: RouteEntry[] = [];
