import {
  BarChartOutlined,
  CloudUploadOutlined,
  ColumnWidthOutlined,
  LineChartOutlined,
  PhoneOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { MenuGroup, RouteEntry } from '../../routing/types';

// The pages of 话务数据 (issue 6) under /interactions.
export const INTERACTIONS_GROUP: MenuGroup = {
  key: 'interactions',
  label: 'interactions.menu.group',
  icon: <PhoneOutlined />,
  order: 2,
};
const group = INTERACTIONS_GROUP.key;
const AgentKpiPage = lazy(() => import('./kpi/AgentKpiPage'));
const TeamKpiPage = lazy(() => import('./kpi/TeamKpiPage'));

export const interactionsRoutes: RouteEntry[] = [
  { path: '/interactions', redirect: '/interactions/agents' },
  {
    path: '/interactions/imports',
    permission: 'interactions.import',
    title: 'interactions.menu.imports',
    page: lazy(() => import('./imports/ImportsPage')),
    menu: { key: 'interactions-imports', group, order: 1, icon: <CloudUploadOutlined /> },
  },
  {
    path: '/interactions/imports/:id',
    permission: 'interactions.import',
    title: 'pages.interactionImport',
    page: lazy(() => import('./imports/ImportPage')),
  },
  {
    // column mappings for other CSVs
    path: '/interactions/mappings',
    permission: 'interactions.import',
    title: 'interactions.menu.mappings',
    page: lazy(() => import('./mapping/MappingsPage')),
    menu: { key: 'interactions-mappings', group, order: 2, icon: <ColumnWidthOutlined /> },
  },
  {
    // the signed-in person, or a picker
    path: '/interactions/agents',
    permission: 'interactions.read',
    title: 'interactions.menu.agents',
    page: AgentKpiPage,
    menu: { key: 'interactions-agents', group, order: 3, icon: <LineChartOutlined /> },
  },
  {
    path: '/interactions/agents/:employeeId',
    permission: 'interactions.read',
    title: 'interactions.menu.agents',
    page: AgentKpiPage,
  },
  {
    // a team lead's team, or a picker
    path: '/interactions/teams',
    permission: 'interactions.teams',
    title: 'interactions.menu.teams',
    page: TeamKpiPage,
    menu: { key: 'interactions-teams', group, order: 4, icon: <BarChartOutlined /> },
  },
  {
    path: '/interactions/teams/:teamId',
    permission: 'interactions.teams',
    title: 'interactions.menu.teams',
    page: TeamKpiPage,
  },
];
