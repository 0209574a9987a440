import { FormOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from '../../../routing/types';

// The quiz pages of drills (issue 20); spread into ../routes.tsx.
export const quizRoutes: RouteEntry[] = [
  {
    path: '/drills/quiz',
    permission: 'drills.practise',
    title: 'drills.quiz.menu.quiz',
    page: lazy(() => import('./QuizPage')),
    menu: { key: 'drills-quiz', group: 'drills', order: 2, icon: <FormOutlined /> },
  },
];
