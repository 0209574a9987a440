import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

// A row the home page or a notice links to (issue 26): `?<param>=<id>` names it; the page marks it
// and scrolls it into view, so the link opens the exact item on a list page.

export const LINKED_STYLE = { boxShadow: '0 0 0 2px #1677ff', borderRadius: 8 };

export function useLinked(param: string) {
  const [params] = useSearchParams();
  const id = params.get(param);
  const ref = useCallback((el: HTMLElement | null) => {
    el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, []);
  return { id, ref };
}
