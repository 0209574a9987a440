import { lazy } from 'react';
import { Route } from 'react-router';
import { RequirePermission } from '../../components/Guards';

// The pages of 新人评估 (issue 5) under /evaluation, placed inside the app layout by routes.tsx.

const ROUTES: [string, Parameters<typeof RequirePermission>[0]['permission'], React.ComponentType][] = [
  ['at-risk', 'evaluation.read', lazy(() => import('./at-risk/AtRiskPage'))],
  ['trainees/:id', 'evaluation.read', lazy(() => import('./trainee/TraineePage'))],
  ['me', 'training.learn', lazy(() => import('./trainee/MyEvaluationPage'))],
  ['board', 'evaluation.read', lazy(() => import('./board/BoardPage'))],
  ['cohorts/:id/board', 'evaluation.read', lazy(() => import('./board/BoardPage'))],
  ['cases', 'elimination.read', lazy(() => import('./cases/CasesPage'))],
  ['cases/:id', 'elimination.read', lazy(() => import('./cases/CasePage'))],
  ['my-case', 'elimination.read', lazy(() => import('./cases/MyCasePage'))],
];

/** <Route> elements (a fragment, as react-router wants them inside <Routes>). */
export const evaluationRoutes = (
  <Route path="evaluation">
    {ROUTES.map(([path, permission, Page]) => (
      <Route key={path} path={path} element={<RequirePermission permission={permission}><Page /></RequirePermission>} />
    ))}
  </Route>
);
