import type { RouteEntry } from '../../routing/types';
import { poolRoutes } from './pool/routes';

// The mentorship pages (issue 20 item 6); their menu entries sit in the training group.
export const mentorshipRoutes: RouteEntry[] = [...poolRoutes];
