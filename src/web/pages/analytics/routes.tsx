import { LineChartOutlined } from '@ant-design/icons';
import type { MenuGroup, RouteEntry } from '../../routing/types';
import { effectsRoutes } from './effects/routes';
import { factsRoutes } from './facts/routes';
import { levelsRoutes } from './levels/routes';
import { ratesRoutes } from './rates/routes';
import { reportRoutes } from './report/routes';
import { retentionRoutes } from './retention/routes';
import { warningsRoutes } from './warnings/routes';

// The pages of 培训效果 (issue 22) under /analytics, in one menu group; each part lists its own.
export const ANALYTICS_GROUP: MenuGroup = {
  key: 'analytics',
  label: 'analytics.menu.group',
  icon: <LineChartOutlined />,
  order: 7.8,
};

export const analyticsRoutes: RouteEntry[] = [
  ...retentionRoutes,
  ...ratesRoutes,
  ...levelsRoutes,
  ...effectsRoutes,
  ...warningsRoutes,
  ...reportRoutes,
  ...factsRoutes,
];
