import { Badge, Menu } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useCan } from '../access';
import { useT } from '../i18n';
import { useWork } from '../pages/home/useWork';
import { useRefreshOnNavigation } from '../query/useRefreshOnNavigation';
import { findRoute, GROUPS, ROUTES } from '../routing/table';
import type { MenuPlacement, RouteEntry } from '../routing/types';

interface Item extends MenuPlacement {
  to: string;
  label: NonNullable<MenuPlacement['label']>;
}

/** The menu's items from the route table, each with the address it links to and its label. */
const ITEMS: Item[] = ROUTES.filter((r): r is RouteEntry & { menu: MenuPlacement } => !!r.menu)
  .map((r) => ({
    ...r.menu,
    to: r.menu.to ?? r.path,
    label: r.menu.label ?? r.title!,
    permission: r.menu.permission ?? r.permission,
  }))
  .sort((a, b) => a.order - b.order);
const FLAT = ITEMS.filter((m) => !m.group);
const ORDERED_GROUPS = [...GROUPS].sort((a, b) => a.order - b.order);

const NO_COUNTS: Record<string, number> = {};

/** How many items wait behind a menu entry; nothing when none. */
function WorkCount({ count, testId }: { count: number | undefined; testId: string }) {
  if (!count) return null;
  return <Badge count={count} size="small" overflowCount={99} className="sw-menu-count" data-testid={testId} />;
}

/** The logo and the menu, without the items the user's roles may not use. */
export function SideMenu({ collapsed = false, onNavigate }: { collapsed?: boolean; onNavigate?: () => void }) {
  const t = useT();
  const can = useCan();
  const { pathname } = useLocation();
  // The work waiting behind each entry: the same read as the home page's list, so they match.
  const work = useWork();
  const counts = work.data?.counts ?? NO_COUNTS;
  useRefreshOnNavigation(work.refresh);
  // The longest link that starts the current path (/training/plans/1 → /training/plans).
  const best = ITEMS.filter((m) => m.to !== '/' && pathname.startsWith(m.to)).sort(
    (a, b) => b.to.length - a.to.length,
  )[0];
  const selected = pathname === '/' ? 'home' : (best?.key ?? findRoute(pathname)?.within ?? '');
  const toItem = (m: Item) => ({
    key: m.key,
    icon: m.icon,
    label: (
      <span className="sw-menu-label">
        <Link to={m.to} data-testid={`menu-${m.key}`}>
          {t(m.label)}
        </Link>
        <WorkCount count={counts[m.key]} testId={`menu-count-${m.key}`} />
      </span>
    ),
  });
  const allowed = (m: Item) => !m.permission || can(m.permission);
  // Items under headings when the group has sections (a heading only over items the user may use).
  const withHeadings = (groupKey: string, items: Item[]) => {
    if (!items.some((m) => m.section)) return items.map(toItem);
    const sections = [...new Set(items.map((m) => m.section))];
    return sections.map((section) => ({
      type: 'group' as const,
      key: `${groupKey}:${section}`,
      label: section ? t(section) : '',
      children: items.filter((m) => m.section === section).map(toItem),
    }));
  };
  const groups = ORDERED_GROUPS.map((g) => ({
    key: g.key,
    icon: g.icon,
    label: (
      <span className="sw-menu-label">
        {t(g.label)}
        <WorkCount
          count={ITEMS.filter((m) => m.group === g.key && allowed(m)).reduce((n, m) => n + (counts[m.key] ?? 0), 0)}
          testId={`menu-count-${g.key}`}
        />
      </span>
    ),
    children: withHeadings(
      g.key,
      ITEMS.filter((m) => m.group === g.key && allowed(m)),
    ),
  })).filter((g) => g.children.length);
  const items = [...FLAT.filter(allowed).map(toItem), ...groups];
  const openGroup = ITEMS.find((m) => m.key === selected)?.group;
  // The current page's entry in view, also when it sits below the fold of a short screen.
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scroller.current?.querySelector('.ant-menu-item-selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <>
      <div className="sw-logo">
        <span className="sw-logo-mark">S</span>
        {!collapsed && <span>{t('common.appShort')}</span>}
      </div>
      <div className="sw-menu-scroll" ref={scroller} data-testid="menu-scroll">
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          defaultOpenKeys={openGroup ? [openGroup] : GROUPS.map((g) => g.key)}
          items={items}
          onClick={onNavigate}
        />
      </div>
    </>
  );
}
