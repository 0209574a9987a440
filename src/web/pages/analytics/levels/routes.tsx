import { RiseOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The levels pages of analytics (issue 22); spread into ../routes.tsx.
export const levelsRoutes: RouteEntry[] = [
  {
    path: '/analytics/levels',
    permission: 'analytics.view',
    title: 'analytics.levels.menu',
    page: lazy(() => import('./LevelsPage')),
    menu: { key: 'analytics-levels', group: 'analytics', order: 3, icon: <RiseOutlined /> },
  },
  {
    path: '/analytics/levels/:id',
    permission: 'analytics.view',
    title: 'analytics.levels.menu',
    page: lazy(() => import('./ProgramPage')),
    within: 'analytics-levels',
  },
];
