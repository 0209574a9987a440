import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  HomeOutlined,
  ImportOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteEntry } from './types';

// The pages that belong to no module's group: people, organisation, administration.
export const coreRoutes: RouteEntry[] = [
  { path: '/login', shell: 'public', title: 'pages.login', page: lazy(() => import('../pages/login/LoginPage')) },
  {
    path: '/change-password',
    shell: 'password',
    title: 'pages.changePassword',
    page: lazy(() => import('../pages/change-password/ChangePasswordPage')),
  },
  {
    path: '/',
    title: 'common.menu.home',
    page: lazy(() => import('../pages/home/HomePage')),
    menu: { key: 'home', order: 1, icon: <HomeOutlined /> },
  },
  {
    path: '/people',
    title: 'common.menu.people',
    page: lazy(() => import('../pages/people/PeoplePage')),
    menu: { key: 'people', order: 2, icon: <TeamOutlined /> },
  },
  { path: '/people/:id', title: 'pages.person', page: lazy(() => import('../pages/person/PersonPage')) },
  {
    path: '/org',
    title: 'common.menu.org',
    page: lazy(() => import('../pages/org/OrgPage')),
    menu: { key: 'org', order: 3, icon: <ApartmentOutlined /> },
  },
  {
    path: '/roster',
    permission: 'people.import',
    title: 'common.menu.roster',
    page: lazy(() => import('../pages/roster/RosterPage')),
    menu: { key: 'roster', order: 4, icon: <ImportOutlined /> },
  },
  {
    path: '/users',
    permission: 'users.manage',
    title: 'common.menu.users',
    page: lazy(() => import('../pages/users/UsersPage')),
    menu: { key: 'users', order: 5, icon: <SafetyCertificateOutlined /> },
  },
  {
    path: '/audit',
    permission: 'audit.read',
    title: 'common.menu.audit',
    page: lazy(() => import('../pages/audit/AuditPage')),
    menu: { key: 'audit', order: 6, icon: <AuditOutlined /> },
  },
  {
    // Everyone may read the calendar (a page links to it); the menu offers it to those who manage it.
    path: '/calendar',
    title: 'calendar.menu',
    page: lazy(() => import('../pages/calendar/CalendarPage')),
    menu: { key: 'calendar', order: 7, icon: <CalendarOutlined />, permission: 'calendar.manage' },
  },
  { path: '/security', title: 'pages.security', page: lazy(() => import('../pages/security/SecurityPage')) },
  {
    path: '/notifications',
    title: 'pages.notifications',
    page: lazy(() => import('../pages/notifications/NotificationsPage')),
  },
  {
    path: '/settings',
    permission: 'settings.write',
    title: 'settings.menu',
    page: lazy(() => import('../pages/settings/SettingsPage')),
    menu: { key: 'settings', order: 8, icon: <SettingOutlined /> },
  },
];
