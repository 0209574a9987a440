import { FileTextOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The report pages of analytics (issue 22); spread into ../routes.tsx. The print view sits outside
// the app's frame (shell), and checks sign-in and permission itself (PrintPage).
export const reportRoutes: RouteEntry[] = [
  {
    path: '/analytics/report',
    permission: 'analytics.view',
    title: 'analytics.report.menu',
    page: lazy(() => import('./ReportPage')),
    menu: { key: 'analytics-report', group: 'analytics', order: 7, icon: <FileTextOutlined /> },
  },
  {
    path: '/analytics/report/print',
    shell: 'public',
    title: 'analytics.report.printTitle',
    page: lazy(() => import('./PrintPage')),
  },
];
