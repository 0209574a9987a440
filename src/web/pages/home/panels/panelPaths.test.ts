import { describe, expect, it } from 'vitest';
import { PANEL_PATHS } from '../../../../common/home-panels';

// Loading the route table sets up the language (saved choice, <html lang>); node has neither.
globalThis.localStorage ??= { getItem: () => null, setItem: () => undefined } as unknown as Storage;
globalThis.document ??= { documentElement: {} } as unknown as Document;
const { ROUTES } = await import('../../../routing/table');

// A panel opens its page when clicked: each path the server gives must be a page of the web app.
describe('home panel paths', () => {
  it('are pages that exist', () => {
    const paths = new Set(ROUTES.map((r) => r.path));
    expect(Object.values(PANEL_PATHS).filter((p) => !paths.has(p))).toEqual([]);
  });
});
