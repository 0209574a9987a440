import { FlagOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The reserve pages of careers (issue 21); spread into ../routes.tsx.
const group = 'careers';

export const reserveRoutes: RouteEntry[] = [
  {
    path: '/careers/competition',
    permission: 'careers.path',
    title: 'careers.reserve.menu.competition',
    page: lazy(() => import('./CompetitionPage')),
    menu: { key: 'careers-competition', group, order: 2, icon: <FlagOutlined /> },
  },
  {
    path: '/careers/reserve',
    permission: 'careers.reserve.view',
    title: 'careers.reserve.menu.rounds',
    page: lazy(() => import('./RoundsPage')),
    menu: { key: 'careers-reserve', group, order: 2.5, icon: <TeamOutlined /> },
  },
  {
    path: '/careers/reserve/:id',
    permission: 'careers.reserve.view',
    title: 'careers.reserve.menu.rounds',
    page: lazy(() => import('./RoundPage')),
    within: 'careers-reserve',
  },
];
