import { lazy } from 'react';
import { Navigate, Route } from 'react-router';
import { RequirePermission } from '../../components/Guards';

// The pages of 话务数据 (issue 6) under /interactions, placed inside the app layout by routes.tsx.
const ImportsPage = lazy(() => import('./imports/ImportsPage'));
const ImportPage = lazy(() => import('./imports/ImportPage'));
const AgentKpiPage = lazy(() => import('./kpi/AgentKpiPage'));
const TeamKpiPage = lazy(() => import('./kpi/TeamKpiPage'));
const MappingsPage = lazy(() => import('./mapping/MappingsPage'));

const ROUTES = [
  ['imports', 'interactions.import', ImportsPage],
  ['imports/:id', 'interactions.import', ImportPage],
  ['mappings', 'interactions.import', MappingsPage], // column mappings for other CSVs
  ['agents', 'interactions.read', AgentKpiPage], // the signed-in person, or a picker
  ['agents/:employeeId', 'interactions.read', AgentKpiPage],
  ['teams', 'interactions.teams', TeamKpiPage], // a team lead's team, or a picker
  ['teams/:teamId', 'interactions.teams', TeamKpiPage],
] as const;

/** <Route> elements (a fragment, as react-router wants them inside <Routes>). */
export const interactionsRoutes = (
  <Route path="interactions">
    <Route index element={<Navigate to="agents" replace />} />
    {ROUTES.map(([path, permission, Page]) => (
      <Route key={path} path={path} element={<RequirePermission permission={permission}><Page /></RequirePermission>} />
    ))}
  </Route>
);
