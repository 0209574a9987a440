import { CalendarOutlined, FieldTimeOutlined, TableOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The rosters pages of attendance (issue 19); spread into ../routes.tsx.
const group = 'attendance';

export const rostersRoutes: RouteEntry[] = [
  {
    path: '/attendance/my-schedule',
    permission: 'attendance.read',
    title: 'attendance.rosters.menu.my',
    page: lazy(() => import('./MySchedulePage')),
    menu: { key: 'attendance-my-schedule', group, order: 1, icon: <CalendarOutlined /> },
  },
  {
    path: '/attendance/rosters',
    permission: 'attendance.roster',
    title: 'attendance.rosters.menu.rosters',
    page: lazy(() => import('./RosterPage')),
    menu: { key: 'attendance-rosters', group, order: 5, icon: <TableOutlined /> },
  },
  {
    path: '/attendance/shifts',
    permission: 'attendance.read',
    title: 'attendance.rosters.menu.shifts',
    page: lazy(() => import('./ShiftsPage')),
    menu: {
      key: 'attendance-shifts',
      group,
      order: 9,
      icon: <FieldTimeOutlined />,
      permission: 'attendance.setup',
    },
  },
];
