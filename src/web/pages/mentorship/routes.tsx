import type { RouteEntry } from '../../routing/types';
import { poolRoutes } from './pool/routes';
import { redlinesRoutes } from './redlines/routes';

// The mentorship pages (issue 20 item 6); their menu entries sit in the training and quality groups.
export const mentorshipRoutes: RouteEntry[] = [...poolRoutes, ...redlinesRoutes];
