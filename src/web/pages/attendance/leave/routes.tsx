import { AuditOutlined, CalendarOutlined, TagsOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The leave pages of attendance (issue 19); spread into ../routes.tsx.
const group = 'attendance';

export const leaveRoutes: RouteEntry[] = [
  {
    path: '/attendance/leave',
    permission: 'attendance.request',
    title: 'attendance.leave.menu.my',
    page: lazy(() => import('./MyLeavePage')),
    menu: { key: 'attendance-leave', group, order: 3, icon: <CalendarOutlined /> },
  },
  {
    path: '/attendance/leave/approvals',
    permission: 'attendance.approve',
    title: 'attendance.leave.menu.approvals',
    page: lazy(() => import('./ApprovalsPage')),
    menu: { key: 'attendance-leave-approvals', group, order: 5, icon: <AuditOutlined /> },
  },
  {
    path: '/attendance/leave/kinds',
    permission: 'attendance.setup',
    title: 'attendance.leave.menu.kinds',
    page: lazy(() => import('./KindsPage')),
    menu: { key: 'attendance-leave-kinds', group, order: 9, icon: <TagsOutlined /> },
  },
];
