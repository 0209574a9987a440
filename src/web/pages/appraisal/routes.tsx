import { ProfileOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { MenuGroup, RouteEntry } from '../../routing/types';
import { appraisalCycleRoutes } from './cycleRoutes';

// The pages of 绩效考核 (issue 18) under /appraisal, in one menu group: my appraisal, cycles and
// appeals (cycleRoutes.tsx), and the plans that say what is measured and how.
export const APPRAISAL_GROUP: MenuGroup = {
  key: 'appraisal',
  label: 'appraisalPlans.menu.group',
  icon: <TrophyOutlined />,
  order: 6,
};
const group = APPRAISAL_GROUP.key;

export const appraisalRoutes: RouteEntry[] = [
  ...appraisalCycleRoutes,
  {
    path: '/appraisal/plans',
    permission: 'appraisal.read',
    title: 'appraisalPlans.menu.plans',
    page: lazy(() => import('./plans/PlansPage')),
    menu: { key: 'appraisal-plans', group, order: 9, icon: <ProfileOutlined />, permission: 'appraisal.plans' },
  },
  {
    path: '/appraisal/plans/:id',
    permission: 'appraisal.read',
    title: 'appraisalPlans.menu.plans',
    page: lazy(() => import('./plans/PlanEditorPage')),
  },
];
