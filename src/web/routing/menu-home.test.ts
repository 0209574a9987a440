import { describe, expect, it } from 'vitest';

// Loading the route table sets up the language (saved choice, <html lang>); node has neither.
globalThis.localStorage ??= { getItem: () => null, setItem: () => undefined } as unknown as Storage;
globalThis.document ??= { documentElement: {} } as unknown as Document;
const { ROUTES } = await import('./table');

// Every page shows where it is in the side menu: its own item, an item whose link starts its
// path, or the item it names with `within`. A page that finds none leaves the menu with nothing
// selected and every group open.
describe('the side menu', () => {
  const items = ROUTES.filter((r) => r.menu).map((r) => ({ key: r.menu!.key, to: r.menu!.to ?? r.path }));
  const keys = new Set(items.map((m) => m.key));
  // Opened from the header (the user menu, the bell), not from the side menu.
  const header = new Set(['/security', '/notifications']);

  it.each(
    ROUTES.filter((r) => r.page && !r.shell && r.path !== '*' && !header.has(r.path)).map((r) => [r.path, r] as const),
  )('selects an item on %s', (path, route) => {
    const sample = path.replace(/:[A-Za-z]+/g, 'x1');
    const prefix = items.some((m) => m.to !== '/' && sample.startsWith(m.to));
    const own = !!route.menu || path === '/';
    expect(own || prefix || (route.within !== undefined && keys.has(route.within))).toBe(true);
  });
});
