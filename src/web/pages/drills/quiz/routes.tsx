import type { RouteEntry } from '../../../routing/types';

// The quiz pages of drills (issue 20); spread into ../routes.tsx.
export const quizRoutes: RouteEntry[] = [];
