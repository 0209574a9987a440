import { lazy } from 'react';
import { Navigate, Route } from 'react-router';
import { RequirePermission } from '../../components/Guards';

// The pages of 考试测评 (issue 4) under /exams, placed inside the app layout by routes.tsx.
const QuestionBankPage = lazy(() => import('./bank/QuestionBankPage'));
const PapersPage = lazy(() => import('./papers/PapersPage'));
const ExamsPage = lazy(() => import('./admin/ExamsPage'));
const ExamPage = lazy(() => import('./admin/ExamPage'));
const MyExamsPage = lazy(() => import('./my/MyExamsPage'));
const TakeExamPage = lazy(() => import('./my/TakeExamPage'));
const ResultPage = lazy(() => import('./my/ResultPage'));
const GradingPage = lazy(() => import('./grading/GradingPage'));
const DailyPage = lazy(() => import('./daily/DailyPage'));
const FollowupsPage = lazy(() => import('./followups/FollowupsPage'));

const ROUTES = [
  ['questions', 'exams.author', QuestionBankPage],
  ['papers', 'exams.author', PapersPage],
  ['manage', 'exams.author', ExamsPage],
  ['manage/:id', 'exams.results', ExamPage],
  ['my', 'exams.take', MyExamsPage],
  ['attempts/:id', 'exams.take', TakeExamPage],
  ['attempts/:id/result', 'exams.take', ResultPage],
  ['grading', 'exams.grade', GradingPage],
  ['daily', 'exams.daily', DailyPage],
  ['followups', 'exams.followup', FollowupsPage],
] as const;

/** <Route> elements (a fragment, as react-router wants them inside <Routes>). */
export const examsRoutes = (
  <Route path="exams">
    <Route index element={<Navigate to="my" replace />} />
    {ROUTES.map(([path, permission, Page]) => (
      <Route key={path} path={path} element={<RequirePermission permission={permission}><Page /></RequirePermission>} />
    ))}
  </Route>
);
