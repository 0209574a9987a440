import type { RouteEntry } from '../../../routing/types';

// The effects pages of analytics (issue 22); spread into ../routes.tsx.
export const effectsRoutes: RouteEntry[] = [];
