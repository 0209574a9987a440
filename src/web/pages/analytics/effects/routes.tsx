import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The effects pages of analytics (issue 22); spread into ../routes.tsx.
export const effectsRoutes: RouteEntry[] = [
  {
    path: '/analytics/effects',
    permission: 'analytics.view',
    title: 'analytics.effects.menu',
    page: lazy(() => import('./EffectsPage')),
    menu: { key: 'analytics-effects', group: 'analytics', order: 4, icon: <TeamOutlined /> },
  },
];
