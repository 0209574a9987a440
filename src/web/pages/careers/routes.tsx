import { RiseOutlined } from '@ant-design/icons';
import type { MenuGroup, RouteEntry } from '../../routing/types';
import { levelsRoutes } from './levels/routes';
import { panelRoutes } from './panel/routes';
import { pathRoutes } from './path/routes';
import { reserveRoutes } from './reserve/routes';
import { routinesRoutes } from './routines/routes';

// The pages of 职业发展 (issue 21) under /careers, in one menu group; each part lists its own.
export const CAREERS_GROUP: MenuGroup = {
  key: 'careers',
  label: 'careers.menu.group',
  icon: <RiseOutlined />,
  order: 7.5,
};

export const careersRoutes: RouteEntry[] = [
  ...pathRoutes,
  ...reserveRoutes,
  ...panelRoutes,
  ...routinesRoutes,
  ...levelsRoutes,
];
