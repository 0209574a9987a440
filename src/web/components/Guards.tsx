import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '../../common/permissions';
import { useCan } from '../access';
import { useSession } from '../session';
import { ForbiddenResult, PageSpin } from './Results';

/** Signed in, and past the forced password change unless this is the page for it. */
export function RequireAuth({ children, passwordPage = false }: { children: ReactNode; passwordPage?: boolean }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageSpin />;
  if (!me) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.mustChangePassword && !passwordPage) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? <>{children}</> : <ForbiddenResult />;
}
