import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, api, onAuthProblem, setCsrfToken } from './api';
import { showError } from './feedback';
import { useI18n } from './i18n';
import type { Me } from './types';

// Who is signed in. Loaded from GET /api/auth/me on start; the user's saved language wins
// over the one chosen before signing in.

interface Session {
  me: Me | null;
  loading: boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
}
const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLocale } = useI18n();
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const queryClient = useQueryClient();

  const accept = useCallback(
    (next: Me | null) => {
      setCsrfToken(next?.csrfToken ?? null);
      // What one user read is never shown to the next one signing in on this browser.
      if (!next) queryClient.clear();
      setMe(next);
      if (next) setLocale(next.locale);
    },
    [setLocale, queryClient],
  );

  const refresh = useCallback(async () => {
    try {
      accept(await api.auth.me());
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) showError(err);
      accept(null);
    } finally {
      setLoading(false);
    }
  }, [accept]);

  // Not through the query cache: who is signed in is the state the cache is cleared by (on sign-out,
  // on a 401), and sign-in sets it from its own answer. This wires the auth handlers and asks once.
  useEffect(() => {
    onAuthProblem({
      unauthorized: () => {
        setCsrfToken(null);
        queryClient.clear();
        setMe(null);
      },
      passwordChangeRequired: () => setMe((m) => (m ? { ...m, mustChangePassword: true } : m)),
    });
    void refresh();
  }, [refresh, queryClient]);

  const login = useCallback(
    async (username: string, password: string) => {
      accept(await api.auth.login(username, password));
    },
    [accept],
  );

  const logout = useCallback(async () => {
    try {
      await api.auth.logout();
    } finally {
      accept(null);
    }
  }, [accept]);

  const value = useMemo(() => ({ me, loading, login, logout, refresh }), [me, loading, login, logout, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
