import { FieldTimeOutlined, SwapOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The swaps pages of attendance (issue 19); spread into ../routes.tsx.
const group = 'attendance';

export const swapsRoutes: RouteEntry[] = [
  {
    path: '/attendance/swaps',
    permission: 'attendance.request',
    title: 'attendance.swaps.menu.swaps',
    page: lazy(() => import('./SwapsPage')),
    menu: { key: 'attendance-swaps', group, order: 4, icon: <SwapOutlined /> },
  },
  {
    path: '/attendance/overtime',
    permission: 'attendance.request',
    title: 'attendance.swaps.menu.overtime',
    page: lazy(() => import('./OvertimePage')),
    menu: { key: 'attendance-overtime', group, order: 6, icon: <FieldTimeOutlined /> },
  },
];
