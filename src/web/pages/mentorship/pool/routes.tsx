import { SafetyCertificateOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The pool pages of mentorship (issue 20 item 6); spread into ../routes.tsx. The menu entry sits
// in the training group, after 带教 (training-mentoring, order 8).
export const poolRoutes: RouteEntry[] = [
  {
    path: '/training/mentor-pool',
    permission: 'training.mentor',
    title: 'mentorship.pool.menu',
    page: lazy(() => import('./PoolPage')),
    menu: { key: 'training-mentor-pool', group: 'training', order: 8.5, icon: <SafetyCertificateOutlined /> },
  },
];
