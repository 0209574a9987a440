import { LinkOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { lazyPanel } from '../../../routing/lazyPanel';
import type { RouteEntry } from '../../../routing/types';
import { registerEvaluationPanel } from '../../quality/evaluations/panels';

// The errors pages of drills (issue 20); spread into ../routes.tsx. An evaluation's page also shows
// the cards its failed items sent to drills (a panel of pages/quality/evaluations/panels.ts).
registerEvaluationPanel(lazyPanel(() => import('./BoostedCards').then((m) => m.BoostedCardsPanel)));

export const errorsRoutes: RouteEntry[] = [
  {
    path: '/drills/links',
    permission: 'drills.link',
    title: 'drills.errors.menu',
    page: lazy(() => import('./LinksPage')),
    menu: { key: 'drills-links', group: 'drills', order: 8, icon: <LinkOutlined /> },
  },
];
