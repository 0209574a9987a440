import type { RouteEntry } from '../../../routing/types';

// The routines pages of careers (issue 21); spread into ../routes.tsx.
export const routinesRoutes: RouteEntry[] = [];
