import { FileProtectOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../routing/types';

// 纪律记录 (issue 17 item 6): one page, a top-level menu item. The record opens in a drawer on
// the same page (?record=<id>), which is where notifications link.
export const disciplineRoutes: RouteEntry[] = [
  {
    path: '/discipline',
    permission: 'discipline.read',
    title: 'discipline.menu',
    page: lazy(() => import('./DisciplinePage')),
    menu: { key: 'discipline', icon: <FileProtectOutlined />, order: 2.5 },
  },
];
