import type { RouteEntry } from '../../../routing/types';

// The clock pages of attendance (issue 19); spread into ../routes.tsx.
export const clockRoutes: RouteEntry[] = [];
