import {
  BookOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  FormOutlined,
  IdcardOutlined,
  ProfileOutlined,
  ReadOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { MenuGroup, RouteEntry } from '../../routing/types';

// The pages of 培训管理 (issue 3) under /training; the menu lists them in the order a user meets them.
export const TRAINING_GROUP: MenuGroup = {
  key: 'training',
  label: 'training.menu.group',
  icon: <ReadOutlined />,
  order: 1,
};
const group = TRAINING_GROUP.key;

export const trainingRoutes: RouteEntry[] = [
  { path: '/training', redirect: '/training/my' },
  {
    path: '/training/my',
    permission: 'training.learn',
    title: 'training.menu.my',
    page: lazy(() => import('./my/MyTrainingPage')),
    menu: { key: 'training-my', group, order: 1, icon: <UserOutlined /> },
  },
  {
    path: '/training/plans',
    permission: 'training.read',
    title: 'training.menu.plans',
    page: lazy(() => import('./plans/PlansPage')),
    menu: { key: 'training-plans', group, order: 2, icon: <ProfileOutlined /> },
  },
  {
    path: '/training/plans/:id',
    permission: 'training.read',
    title: 'pages.trainingPlan',
    page: lazy(() => import('./plan/PlanPage')),
  },
  {
    path: '/training/sessions',
    permission: 'training.read',
    title: 'training.menu.sessions',
    page: lazy(() => import('./sessions/SessionsPage')),
    menu: { key: 'training-sessions', group, order: 3, icon: <CalendarOutlined /> },
  },
  {
    path: '/training/sessions/:id',
    permission: 'training.read',
    title: 'pages.trainingSession',
    page: lazy(() => import('./session/SessionPage')),
  },
  {
    path: '/training/sessions/:id/attendance',
    permission: 'training.teach',
    title: 'pages.sessionAttendance',
    page: lazy(() => import('./attendance/AttendancePage')),
  },
  {
    path: '/training/attendance',
    permission: 'training.teach',
    title: 'training.menu.attendance',
    page: lazy(() => import('./attendance/TeachingPage')),
    menu: { key: 'training-attendance', group, order: 4, icon: <CheckSquareOutlined /> },
  },
  {
    path: '/training/leave',
    permission: 'training.learn',
    title: 'training.menu.leave',
    page: lazy(() => import('./leave/LeavePage')),
    menu: { key: 'training-leave', group, order: 5, icon: <ScheduleOutlined /> },
  },
  {
    path: '/training/courses',
    permission: 'training.read',
    title: 'training.menu.courses',
    page: lazy(() => import('./courses/CoursesPage')),
    menu: { key: 'training-courses', group, order: 6, icon: <BookOutlined /> },
  },
  {
    path: '/training/trainers',
    permission: 'training.read',
    title: 'training.menu.trainers',
    page: lazy(() => import('./trainers/TrainersPage')),
    menu: { key: 'training-trainers', group, order: 7, icon: <IdcardOutlined /> },
  },
  {
    path: '/training/mentoring',
    permission: 'training.learn',
    title: 'training.menu.mentoring',
    page: lazy(() => import('./mentoring/MentoringPage')),
    menu: { key: 'training-mentoring', group, order: 8, icon: <TeamOutlined /> },
  },
  {
    path: '/training/feedback',
    permission: 'training.reports',
    title: 'training.menu.feedback',
    page: lazy(() => import('./feedback/FeedbackPage')),
    menu: { key: 'training-feedback', group, order: 9, icon: <CommentOutlined /> },
  },
  {
    path: '/training/surveys',
    permission: 'training.manage',
    title: 'training.menu.surveys',
    page: lazy(() => import('./surveys/SurveysPage')),
    menu: { key: 'training-surveys', group, order: 10, icon: <FormOutlined /> },
  },
  {
    path: '/training/surveys/:id',
    permission: 'training.manage',
    title: 'pages.survey',
    page: lazy(() => import('./survey/SurveyPage')),
  },
  {
    path: '/training/records/:employeeId',
    permission: 'training.learn',
    title: 'pages.trainingRecord',
    page: lazy(() => import('./record/RecordPage')),
    menu: {
      key: 'training-record',
      group,
      order: 11,
      icon: <SolutionOutlined />,
      label: 'training.menu.record',
      to: '/training/records/me',
    },
  },
];
