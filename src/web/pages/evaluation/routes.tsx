import { AlertOutlined, FileSearchOutlined, IdcardOutlined, TableOutlined, WarningOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { MenuGroup, RouteEntry } from '../../routing/types';

// The pages of 新人评估 (issue 5) under /evaluation.
export const EVALUATION_GROUP: MenuGroup = {
  key: 'evaluation',
  label: 'evaluation.menu.group',
  icon: <AlertOutlined />,
  order: 4,
};
const group = EVALUATION_GROUP.key;
const BoardPage = lazy(() => import('./board/BoardPage'));

export const evaluationRoutes: RouteEntry[] = [
  {
    path: '/evaluation/at-risk',
    permission: 'evaluation.read',
    title: 'evaluation.menu.atRisk',
    page: lazy(() => import('./at-risk/AtRiskPage')),
    menu: { key: 'evaluation-at-risk', group, order: 1, icon: <WarningOutlined /> },
  },
  {
    path: '/evaluation/trainees/:id',
    within: 'evaluation-at-risk',
    permission: 'evaluation.read',
    title: 'pages.trainee',
    page: lazy(() => import('./trainee/TraineePage')),
  },
  {
    path: '/evaluation/me',
    permission: 'training.learn',
    title: 'evaluation.menu.mine',
    page: lazy(() => import('./trainee/MyEvaluationPage')),
    menu: { key: 'evaluation-me', group, order: 3, icon: <IdcardOutlined /> },
  },
  {
    path: '/evaluation/board',
    permission: 'evaluation.read',
    title: 'evaluation.menu.board',
    page: BoardPage,
    menu: { key: 'evaluation-board', group, order: 2, icon: <TableOutlined /> },
  },
  {
    path: '/evaluation/cohorts/:id/board',
    within: 'evaluation-board',
    permission: 'evaluation.read',
    title: 'evaluation.menu.board',
    page: BoardPage,
  },
  {
    // The menu shows the cases to those who read evaluations; the page itself asks elimination.read.
    path: '/evaluation/cases',
    permission: 'elimination.read',
    title: 'elimination.title',
    page: lazy(() => import('./cases/CasesPage')),
    menu: { key: 'evaluation-cases', group, order: 4, icon: <FileSearchOutlined />, permission: 'evaluation.read' },
  },
  {
    path: '/evaluation/cases/:id',
    permission: 'elimination.read',
    title: 'pages.eliminationCase',
    page: lazy(() => import('./cases/CasePage')),
  },
  {
    path: '/evaluation/my-case',
    within: 'evaluation-me',
    permission: 'elimination.read',
    title: 'pages.myCase',
    page: lazy(() => import('./cases/MyCasePage')),
  },
];
