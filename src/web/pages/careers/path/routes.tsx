import type { RouteEntry } from '../../../routing/types';

// The path pages of careers (issue 21); spread into ../routes.tsx.
export const pathRoutes: RouteEntry[] = [];
