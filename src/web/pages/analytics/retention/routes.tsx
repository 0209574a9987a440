import { RiseOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The retention page of analytics (issue 22), the group's first page; spread into ../routes.tsx.
export const retentionRoutes: RouteEntry[] = [
  { path: '/analytics', redirect: '/analytics/retention' },
  {
    path: '/analytics/retention',
    permission: 'analytics.view',
    title: 'analytics.retention.title',
    page: lazy(() => import('./RetentionPage')),
    menu: { key: 'analytics-retention', group: 'analytics', order: 1, icon: <RiseOutlined /> },
  },
];
