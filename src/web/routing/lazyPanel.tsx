import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A component whose code is fetched the first time it shows, for pieces a route table registers
 * up front (an evaluation page's panels) that would otherwise pull their forms and pickers into
 * the first page load. While it loads it shows nothing in place, not the page's spinner.
 */
export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyPanel(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyPanel;
}
