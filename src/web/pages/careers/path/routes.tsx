import { AimOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The path pages of careers (issue 21); spread into ../routes.tsx.
export const pathRoutes: RouteEntry[] = [
  {
    path: '/careers/path',
    permission: 'careers.path',
    title: 'careers.path.menu.path',
    page: lazy(() => import('./PathPage')),
    menu: { key: 'careers-path', group: 'careers', order: 1, icon: <AimOutlined /> },
  },
];
