import { Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { RequireAuth, RequirePermission } from './components/Guards';
import { NotFoundResult, PageSpin } from './components/Results';
import { useT } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { findRoute, ROUTES } from './routing/table';
import type { RouteEntry } from './routing/types';

/** The page of an entry behind its access check. */
function element(entry: RouteEntry) {
  if (entry.redirect) return <Navigate to={entry.redirect} replace />;
  const Page = entry.page!;
  const page = entry.permission ? (
    <RequirePermission permission={entry.permission}>
      <Page />
    </RequirePermission>
  ) : (
    <Page />
  );
  if (entry.shell === 'password') return <RequireAuth passwordPage>{page}</RequireAuth>;
  return page;
}

/** `<page> · Seatwise` in the browser tab, in the current language, for the current address. */
function useTabTitle() {
  const t = useT();
  const { pathname } = useLocation();
  useEffect(() => {
    const title = findRoute(pathname)?.title;
    document.title = title ? `${t(title)} · ${t('common.appShort')}` : t('common.docTitle');
  }, [pathname, t]);
}

export function AppRoutes() {
  useTabTitle();
  const outside = ROUTES.filter((r) => r.shell);
  const inside = ROUTES.filter((r) => !r.shell);
  return (
    <Suspense fallback={<PageSpin />}>
      <Routes>
        {outside.map((r) => (
          <Route key={r.path} path={r.path} element={element(r)} />
        ))}
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          {inside.map((r) =>
            r.path === '/' ? (
              <Route key={r.path} index element={element(r)} />
            ) : (
              <Route key={r.path} path={r.path} element={element(r)} />
            ),
          )}
          <Route path="*" element={<NotFoundResult />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
