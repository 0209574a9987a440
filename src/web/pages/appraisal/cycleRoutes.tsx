import { AuditOutlined, CalendarOutlined, RiseOutlined, UserOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../routing/types';

// The pages of 绩效考核 cycles, sheets and appeals (issue 18), in the appraisal menu group that
// routes.tsx declares. A sheet and a cycle open from the lists (no menu item of their own); an
// appeal opens in a drawer of the appeals list (?appeal=<id>).
const group = 'appraisal';

export const appraisalCycleRoutes: RouteEntry[] = [
  {
    path: '/appraisal/my',
    permission: 'appraisal.read',
    title: 'appraisal.menu.my',
    page: lazy(() => import('./my/MyAppraisalPage')),
    menu: { key: 'appraisal-my', group, order: 1, icon: <UserOutlined /> },
  },
  {
    path: '/appraisal/cycles',
    permission: 'appraisal.read',
    title: 'appraisal.menu.cycles',
    page: lazy(() => import('./cycles/CyclesPage')),
    menu: { key: 'appraisal-cycles', group, order: 2, icon: <CalendarOutlined /> },
  },
  {
    path: '/appraisal/cycles/:id',
    permission: 'appraisal.read',
    title: 'appraisal.cycle.pageTitle',
    page: lazy(() => import('./cycles/CyclePage')),
  },
  {
    path: '/appraisal/sheets/:id',
    permission: 'appraisal.read',
    title: 'appraisal.sheet.title',
    page: lazy(() => import('./sheets/SheetPage')),
    within: 'appraisal-cycles',
  },
  {
    path: '/appraisal/appeals',
    permission: 'appraisal.read',
    title: 'appraisal.menu.appeals',
    page: lazy(() => import('./appeals/AppealsPage')),
    menu: { key: 'appraisal-appeals', group, order: 3, icon: <AuditOutlined /> },
  },
  {
    // opened by a D, or a C after a C; the notices link to ?followup=<id>
    path: '/appraisal/followups',
    permission: 'appraisal.read',
    title: 'appraisal.menu.followups',
    page: lazy(() => import('./followups/FollowUpsPage')),
    menu: { key: 'appraisal-followups', group, order: 4, icon: <RiseOutlined /> },
  },
];
