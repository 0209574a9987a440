import {
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  EditOutlined,
  FileTextOutlined,
  FormOutlined,
  ScheduleOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { MenuGroup, RouteEntry } from '../../routing/types';

// The pages of 考试测评 (issue 4) under /exams.
export const EXAMS_GROUP: MenuGroup = { key: 'exams', label: 'exams.menu.group', icon: <FormOutlined />, order: 3 };
const group = EXAMS_GROUP.key;

export const examsRoutes: RouteEntry[] = [
  { path: '/exams', redirect: '/exams/my' },
  {
    path: '/exams/my',
    permission: 'exams.take',
    title: 'exams.menu.my',
    page: lazy(() => import('./my/MyExamsPage')),
    menu: { key: 'exams-my', group, order: 1, icon: <EditOutlined /> },
  },
  {
    path: '/exams/questions',
    permission: 'exams.author',
    title: 'exams.menu.questions',
    page: lazy(() => import('./bank/QuestionBankPage')),
    menu: { key: 'exams-questions', group, order: 2, icon: <BookOutlined /> },
  },
  {
    path: '/exams/papers',
    permission: 'exams.author',
    title: 'exams.menu.papers',
    page: lazy(() => import('./papers/PapersPage')),
    menu: { key: 'exams-papers', group, order: 3, icon: <FileTextOutlined /> },
  },
  {
    path: '/exams/manage',
    permission: 'exams.author',
    title: 'exams.menu.manage',
    page: lazy(() => import('./admin/ExamsPage')),
    menu: { key: 'exams-manage', group, order: 4, icon: <ScheduleOutlined /> },
  },
  {
    path: '/exams/manage/:id',
    permission: 'exams.results',
    title: 'pages.exam',
    page: lazy(() => import('./admin/ExamPage')),
  },
  {
    path: '/exams/attempts/:id',
    within: 'exams-my',
    permission: 'exams.take',
    title: 'pages.examAttempt',
    page: lazy(() => import('./my/TakeExamPage')),
  },
  {
    path: '/exams/attempts/:id/result',
    within: 'exams-my',
    permission: 'exams.take',
    title: 'pages.examResult',
    page: lazy(() => import('./my/ResultPage')),
  },
  {
    path: '/exams/grading',
    permission: 'exams.grade',
    title: 'exams.menu.grading',
    page: lazy(() => import('./grading/GradingPage')),
    menu: { key: 'exams-grading', group, order: 5, icon: <AuditOutlined /> },
  },
  {
    path: '/exams/daily',
    permission: 'exams.daily',
    title: 'exams.menu.daily',
    page: lazy(() => import('./daily/DailyPage')),
    menu: { key: 'exams-daily', group, order: 6, icon: <CalendarOutlined /> },
  },
  {
    path: '/exams/followups',
    permission: 'exams.followup',
    title: 'exams.menu.followups',
    page: lazy(() => import('./followups/FollowupsPage')),
    menu: { key: 'exams-followups', group, order: 7, icon: <SolutionOutlined /> },
  },
];
