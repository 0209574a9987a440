import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth, RequirePermission } from './components/Guards';
import { NotFoundResult, PageSpin } from './components/Results';
import { AppLayout } from './layout/AppLayout';
import LoginPage from './pages/login/LoginPage';
import { evaluationRoutes } from './pages/evaluation/routes';
import { examsRoutes } from './pages/exams/routes';
import { interactionsRoutes } from './pages/interactions/routes';
import { qualityRoutes } from './pages/quality/routes';
import { trainingRoutes } from './pages/training/routes';

const ChangePasswordPage = lazy(() => import('./pages/change-password/ChangePasswordPage'));
const HomePage = lazy(() => import('./pages/home/HomePage'));
const PeoplePage = lazy(() => import('./pages/people/PeoplePage'));
const PersonPage = lazy(() => import('./pages/person/PersonPage'));
const OrgPage = lazy(() => import('./pages/org/OrgPage'));
const RosterPage = lazy(() => import('./pages/roster/RosterPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage'));
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage'));
const SettingsPage = lazy(() => import('./pages/settings/SettingsPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/change-password" element={<RequireAuth passwordPage><ChangePasswordPage /></RequireAuth>} />
        <Route element={<RequireAuth><AppLayout /></RequireAuth>}>
          <Route index element={<HomePage />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="people/:id" element={<PersonPage />} />
          <Route path="org" element={<OrgPage />} />
          <Route path="roster" element={<RequirePermission permission="people.import"><RosterPage /></RequirePermission>} />
          <Route path="users" element={<RequirePermission permission="users.manage"><UsersPage /></RequirePermission>} />
          <Route path="audit" element={<RequirePermission permission="audit.read"><AuditPage /></RequirePermission>} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="settings" element={<RequirePermission permission="settings.write"><SettingsPage /></RequirePermission>} />
          {trainingRoutes}
          {interactionsRoutes}
          {examsRoutes}
          {evaluationRoutes}
          {qualityRoutes}
          <Route path="*" element={<NotFoundResult />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
