import { CrownOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The levels pages of careers (issue 21); spread into ../routes.tsx.
export const levelsRoutes: RouteEntry[] = [
  {
    path: '/careers/trainer-levels',
    permission: 'careers.levels.view',
    title: 'careers.levels.menu',
    page: lazy(() => import('./LevelsPage')),
    menu: { key: 'careers-trainer-levels', group: 'careers', order: 50, icon: <CrownOutlined /> },
  },
];
