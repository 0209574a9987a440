import type { RouteEntry } from '../../../routing/types';

// The facts pages of analytics (issue 22); spread into ../routes.tsx.
export const factsRoutes: RouteEntry[] = [];
