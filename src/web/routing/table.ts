import { matchRoutes } from 'react-router';
import { ANALYTICS_GROUP, analyticsRoutes } from '../pages/analytics/routes';
import { APPRAISAL_GROUP, appraisalRoutes } from '../pages/appraisal/routes';
import { ATTENDANCE_GROUP, attendanceRoutes } from '../pages/attendance/routes';
import { CAREERS_GROUP, careersRoutes } from '../pages/careers/routes';
import { disciplineRoutes } from '../pages/discipline/routes';
import { DRILLS_GROUP, drillsRoutes } from '../pages/drills/routes';
import { EVALUATION_GROUP, evaluationRoutes } from '../pages/evaluation/routes';
import { EXAMS_GROUP, examsRoutes } from '../pages/exams/routes';
import { mentorshipRoutes } from '../pages/mentorship/routes';
import { INTERACTIONS_GROUP, interactionsRoutes } from '../pages/interactions/routes';
import { QUALITY_GROUP, qualityRoutes } from '../pages/quality/routes';
import { TRAINING_GROUP, trainingRoutes } from '../pages/training/routes';
import { coreRoutes } from './core';
import type { MenuGroup, RouteEntry } from './types';

// The one route table. A new area adds its entries (pages/<area>/routes.tsx) and, for a
// sub-menu of its own, its group here; nothing else lists pages.
export const ROUTES: RouteEntry[] = [
  ...coreRoutes,
  ...disciplineRoutes,
  ...trainingRoutes,
  ...interactionsRoutes,
  ...examsRoutes,
  ...evaluationRoutes,
  ...qualityRoutes,
  ...appraisalRoutes,
  ...attendanceRoutes,
  ...drillsRoutes,
  ...mentorshipRoutes,
  ...careersRoutes,
  ...analyticsRoutes,
];

export const GROUPS: MenuGroup[] = [
  TRAINING_GROUP,
  INTERACTIONS_GROUP,
  EXAMS_GROUP,
  DRILLS_GROUP,
  EVALUATION_GROUP,
  QUALITY_GROUP,
  APPRAISAL_GROUP,
  ATTENDANCE_GROUP,
  CAREERS_GROUP,
  ANALYTICS_GROUP,
];

/** The entry whose path matches `pathname` (react-router's ranking), if any. */
export function findRoute(pathname: string): RouteEntry | undefined {
  return matchRoutes(
    ROUTES.map((r) => ({ path: r.path, entry: r })),
    pathname,
  )?.[0]?.route.entry;
}
