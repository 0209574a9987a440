import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Asks a header or menu read again after each navigation (the page just left may have done or
 * made work the read counts, even by a GET such as opening a decided dispute); not on the first
 * render, whose read is the query's own.
 */
export function useRefreshOnNavigation(refresh: () => void) {
  const { pathname } = useLocation();
  const shownAt = useRef(pathname);
  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    refresh();
  }, [pathname, refresh]);
}
