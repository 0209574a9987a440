import { FormOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The panel pages of careers (issue 21); spread into ../routes.tsx.
const group = 'careers';

export const panelRoutes: RouteEntry[] = [
  {
    path: '/careers/scoring',
    permission: 'careers.path',
    title: 'careers.panel.menu.scoring',
    page: lazy(() => import('./ScoringPage')),
    menu: { key: 'careers-scoring', group, order: 3, icon: <FormOutlined /> },
  },
  {
    path: '/careers/scoring/:roundId',
    permission: 'careers.path',
    title: 'careers.panel.menu.scoring',
    page: lazy(() => import('./SheetPage')),
    within: 'careers-scoring',
  },
  {
    path: '/careers/reserve/:id/panel',
    permission: 'careers.reserve.manage',
    title: 'careers.panel.menu.panel',
    page: lazy(() => import('./PanelPage')),
    within: 'careers-reserve',
  },
];
