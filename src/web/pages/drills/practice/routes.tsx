import { ThunderboltOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The practice pages of drills (issue 20); spread into ../routes.tsx.
export const practiceRoutes: RouteEntry[] = [
  {
    path: '/drills',
    permission: 'drills.practise',
    title: 'drills.practice.menu.my',
    page: lazy(() => import('./PracticePage')),
    menu: { key: 'drills-practice', group: 'drills', order: 1, icon: <ThunderboltOutlined /> },
  },
];
