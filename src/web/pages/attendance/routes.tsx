import { ScheduleOutlined } from '@ant-design/icons';
import type { MenuGroup, RouteEntry } from '../../routing/types';
import { clockRoutes } from './clock/routes';
import { leaveRoutes } from './leave/routes';
import { rostersRoutes } from './rosters/routes';
import { staffingRoutes } from './staffing/routes';
import { summaryRoutes } from './summary/routes';
import { swapsRoutes } from './swaps/routes';

// The pages of 考勤 (issue 19) under /attendance, in one menu group; each part lists its own.
export const ATTENDANCE_GROUP: MenuGroup = {
  key: 'attendance',
  label: 'attendance.menu.group',
  icon: <ScheduleOutlined />,
  order: 7,
};

export const attendanceRoutes: RouteEntry[] = [
  ...rostersRoutes,
  ...clockRoutes,
  ...leaveRoutes,
  ...swapsRoutes,
  ...staffingRoutes,
  ...summaryRoutes,
];
