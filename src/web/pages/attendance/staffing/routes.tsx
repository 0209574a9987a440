import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The staffing pages of attendance (issue 19); spread into ../routes.tsx.
export const staffingRoutes: RouteEntry[] = [
  {
    path: '/attendance/staffing',
    permission: 'attendance.staffing',
    title: 'attendance.staffing.menu',
    page: lazy(() => import('./StaffingPage')),
    menu: { key: 'attendance-staffing', group: 'attendance', order: 8, icon: <TeamOutlined /> },
  },
];
