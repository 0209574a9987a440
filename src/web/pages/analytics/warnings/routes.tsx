import { AlertOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The warnings pages of analytics (issue 22); spread into ../routes.tsx.
export const warningsRoutes: RouteEntry[] = [
  {
    path: '/analytics/warnings',
    permission: 'analytics.warnings',
    title: 'analytics.warnings.menu',
    page: lazy(() => import('./WarningsPage')),
    menu: { key: 'analytics-warnings', group: 'analytics', order: 6, icon: <AlertOutlined /> },
  },
];
