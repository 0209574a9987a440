import { Route } from 'react-router';
import { RequirePermission } from '../../components/Guards';

// The pages of 质量监控 (issue 7) under /quality, placed inside the app layout by routes.tsx.

const ROUTES: [string, Parameters<typeof RequirePermission>[0]['permission'], React.ComponentType][] = [
];

/** <Route> elements (a fragment, as react-router wants them inside <Routes>). */
export const qualityRoutes = (
  <Route path="quality">
    {ROUTES.map(([path, permission, Page]) => (
      <Route key={path} path={path} element={<RequirePermission permission={permission}><Page /></RequirePermission>} />
    ))}
  </Route>
);
