import { lazy } from 'react';
import { Navigate, Route } from 'react-router';
import { RequirePermission } from '../../components/Guards';

// The pages of 培训管理 (issue 3) under /training, placed inside the app layout by routes.tsx.
const MyTrainingPage = lazy(() => import('./my/MyTrainingPage'));
const PlansPage = lazy(() => import('./plans/PlansPage'));
const PlanPage = lazy(() => import('./plan/PlanPage'));
const CoursesPage = lazy(() => import('./courses/CoursesPage'));
const TrainersPage = lazy(() => import('./trainers/TrainersPage'));
const SessionsPage = lazy(() => import('./sessions/SessionsPage'));
const SessionPage = lazy(() => import('./session/SessionPage'));
const TeachingPage = lazy(() => import('./attendance/TeachingPage'));
const AttendancePage = lazy(() => import('./attendance/AttendancePage'));
const LeavePage = lazy(() => import('./leave/LeavePage'));
const FeedbackPage = lazy(() => import('./feedback/FeedbackPage'));
const MentoringPage = lazy(() => import('./mentoring/MentoringPage'));
const SurveysPage = lazy(() => import('./surveys/SurveysPage'));
const SurveyPage = lazy(() => import('./survey/SurveyPage'));
const RecordPage = lazy(() => import('./record/RecordPage'));

const ROUTES = [
  ['my', 'training.learn', MyTrainingPage],
  ['plans', 'training.read', PlansPage],
  ['plans/:id', 'training.read', PlanPage],
  ['courses', 'training.read', CoursesPage],
  ['trainers', 'training.read', TrainersPage],
  ['sessions', 'training.read', SessionsPage],
  ['sessions/:id', 'training.read', SessionPage],
  ['sessions/:id/attendance', 'training.teach', AttendancePage],
  ['attendance', 'training.teach', TeachingPage],
  ['leave', 'training.learn', LeavePage],
  ['feedback', 'training.reports', FeedbackPage],
  ['mentoring', 'training.learn', MentoringPage],
  ['surveys', 'training.manage', SurveysPage],
  ['surveys/:id', 'training.manage', SurveyPage],
  ['records/:employeeId', 'training.learn', RecordPage],
] as const;

/** <Route> elements (a fragment, as react-router wants them inside <Routes>). */
export const trainingRoutes = (
  <Route path="training">
    <Route index element={<Navigate to="my" replace />} />
    {ROUTES.map(([path, permission, Page]) => (
      <Route key={path} path={path} element={<RequirePermission permission={permission}><Page /></RequirePermission>} />
    ))}
  </Route>
);
