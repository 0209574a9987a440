import { SoundOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The recordings pages of drills (issue 20); spread into ../routes.tsx.
export const recordingsRoutes: RouteEntry[] = [
  {
    path: '/drills/recordings',
    permission: 'drills.practise',
    title: 'drills.recordings.menu',
    page: lazy(() => import('./RecordingsPage')),
    menu: { key: 'drills-recordings', group: 'drills', order: 3, icon: <SoundOutlined /> },
  },
];
