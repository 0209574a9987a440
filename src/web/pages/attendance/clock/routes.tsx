import { ClockCircleOutlined, ExceptionOutlined, ImportOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The clock pages of attendance (issue 19); spread into ../routes.tsx.
const group = 'attendance';

export const clockRoutes: RouteEntry[] = [
  {
    path: '/attendance/my-attendance',
    permission: 'attendance.request',
    title: 'attendance.clock.menu.my',
    page: lazy(() => import('./MyAttendancePage')),
    menu: { key: 'attendance-my-attendance', group, order: 2, icon: <ClockCircleOutlined /> },
  },
  {
    path: '/attendance/exceptions',
    permission: 'attendance.approve',
    title: 'attendance.clock.menu.exceptions',
    page: lazy(() => import('./ExceptionsPage')),
    menu: { key: 'attendance-exceptions', group, order: 4, icon: <ExceptionOutlined /> },
  },
  {
    path: '/attendance/clock-import',
    permission: 'attendance.import',
    title: 'attendance.clock.menu.import',
    page: lazy(() => import('./ClockImportPage')),
    menu: { key: 'attendance-clock-import', group, order: 8, icon: <ImportOutlined /> },
  },
];
