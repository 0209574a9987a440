import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The team pages of drills (issue 20); spread into ../routes.tsx.
export const teamRoutes: RouteEntry[] = [
  {
    path: '/drills/team',
    permission: 'drills.team',
    title: 'drills.team.menu.team',
    page: lazy(() => import('./TeamPage')),
    menu: { key: 'drills-team', group: 'drills', order: 8, icon: <TeamOutlined /> },
  },
];
