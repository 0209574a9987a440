import { BookOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The decks pages of drills (issue 20); spread into ../routes.tsx.
const group = 'drills';

export const decksRoutes: RouteEntry[] = [
  {
    path: '/drills/decks',
    permission: 'drills.author',
    title: 'drills.decks.menu.decks',
    page: lazy(() => import('./DecksPage')),
    menu: { key: 'drills-decks', group, order: 20, icon: <BookOutlined /> },
  },
  {
    path: '/drills/decks/import',
    permission: 'drills.author',
    title: 'drills.decks.menu.import',
    page: lazy(() => import('./ImportPage')),
    menu: { key: 'drills-decks-import', group, order: 21, icon: <CloudUploadOutlined /> },
  },
  {
    path: '/drills/decks/:id',
    within: 'drills-decks',
    permission: 'drills.author',
    title: 'drills.decks.menu.deck',
    page: lazy(() => import('./DeckPage')),
  },
];
