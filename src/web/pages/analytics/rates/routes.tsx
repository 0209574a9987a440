import { CheckCircleOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The rates pages of analytics (issue 22); spread into ../routes.tsx.
export const ratesRoutes: RouteEntry[] = [
  {
    path: '/analytics/rates',
    permission: 'analytics.view',
    title: 'analytics.rates.menu',
    page: lazy(() => import('./RatesPage')),
    menu: { key: 'analytics-rates', group: 'analytics', order: 2, icon: <CheckCircleOutlined /> },
  },
];
