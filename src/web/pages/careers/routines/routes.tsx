import { BarChartOutlined, CheckSquareOutlined, SettingOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The routines pages of careers (issue 21); spread into ../routes.tsx.
const group = 'careers';

export const routinesRoutes: RouteEntry[] = [
  {
    path: '/careers/routines',
    permission: 'careers.routines.tick',
    title: 'careers.routines.menu.checklist',
    page: lazy(() => import('./ChecklistPage')),
    menu: { key: 'careers-routines', group, order: 40, icon: <CheckSquareOutlined /> },
  },
  {
    path: '/careers/routines/setup',
    permission: 'careers.routines.manage',
    title: 'careers.routines.menu.setup',
    page: lazy(() => import('./SetupPage')),
    menu: { key: 'careers-routines-setup', group, order: 41, icon: <SettingOutlined /> },
  },
  {
    path: '/careers/routines/report',
    permission: 'careers.routines.report',
    title: 'careers.routines.menu.report',
    page: lazy(() => import('./ReportPage')),
    menu: { key: 'careers-routines-report', group, order: 42, icon: <BarChartOutlined /> },
  },
];
