import type { RouteEntry } from '../../../routing/types';

// The decks pages of drills (issue 20); spread into ../routes.tsx.
export const decksRoutes: RouteEntry[] = [];
