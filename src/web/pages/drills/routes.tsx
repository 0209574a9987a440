import { ThunderboltOutlined } from '@ant-design/icons';
import type { MenuGroup, RouteEntry } from '../../routing/types';
import { decksRoutes } from './decks/routes';
import { errorsRoutes } from './errors/routes';
import { practiceRoutes } from './practice/routes';
import { quizRoutes } from './quiz/routes';
import { recordingsRoutes } from './recordings/routes';
import { teamRoutes } from './team/routes';

// The pages of 背诵演练 (issue 20) under /drills, in one menu group; each part lists its own.
export const DRILLS_GROUP: MenuGroup = {
  key: 'drills',
  label: 'drills.menu.group',
  icon: <ThunderboltOutlined />,
  order: 3.5,
};

export const drillsRoutes: RouteEntry[] = [
  ...practiceRoutes,
  ...quizRoutes,
  ...recordingsRoutes,
  ...decksRoutes,
  ...errorsRoutes,
  ...teamRoutes,
];
