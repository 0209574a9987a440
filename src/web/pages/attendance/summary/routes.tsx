import { TableOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The summary pages of attendance (issue 19); spread into ../routes.tsx.
export const summaryRoutes: RouteEntry[] = [
  {
    path: '/attendance/summary',
    permission: 'attendance.read',
    title: 'attendance.summary.menu',
    page: lazy(() => import('./SummaryPage')),
    menu: { key: 'attendance-summary', group: 'attendance', order: 9, icon: <TableOutlined /> },
  },
];
