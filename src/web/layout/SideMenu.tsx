import {
  ApartmentOutlined, AuditOutlined, CalendarOutlined, HomeOutlined, ImportOutlined, SafetyCertificateOutlined, TeamOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../../common/permissions';
import { useCan } from '../access';
import { useT, type MsgKey } from '../i18n';
import { EVALUATION_ICON, EVALUATION_MENU } from '../pages/evaluation/menu';
import { EXAMS_ICON, EXAMS_MENU } from '../pages/exams/menu';
import { INTERACTIONS_ICON, INTERACTIONS_MENU } from '../pages/interactions/menu';
import { QUALITY_ICON, QUALITY_MENU } from '../pages/quality/menu';
import { SETTINGS_MENU_ITEM } from '../pages/settings/menu';
import { TRAINING_ICON, TRAINING_MENU } from '../pages/training/menu';

// `section`: a heading inside a long group (the items of one section stand together).
const MENU: { path: string; key: string; label: MsgKey; icon: ReactNode; permission?: Permission; section?: MsgKey }[] = [
  { path: '/', key: 'home', label: 'common.menu.home', icon: <HomeOutlined /> },
  { path: '/people', key: 'people', label: 'common.menu.people', icon: <TeamOutlined /> },
  { path: '/org', key: 'org', label: 'common.menu.org', icon: <ApartmentOutlined /> },
  { path: '/roster', key: 'roster', label: 'common.menu.roster', icon: <ImportOutlined />, permission: 'people.import' },
  { path: '/users', key: 'users', label: 'common.menu.users', icon: <SafetyCertificateOutlined />, permission: 'users.manage' },
  { path: '/audit', key: 'audit', label: 'common.menu.audit', icon: <AuditOutlined />, permission: 'audit.read' },
  { path: '/calendar', key: 'calendar', label: 'calendar.menu', icon: <CalendarOutlined />, permission: 'calendar.manage' },
  SETTINGS_MENU_ITEM,
];

/** Groups shown as sub-menus after the flat items. */
const GROUPS: { key: string; label: MsgKey; icon: ReactNode; items: typeof MENU }[] = [
  { key: 'training', label: 'training.menu.group', icon: TRAINING_ICON, items: TRAINING_MENU },
  { key: 'interactions', label: 'interactions.menu.group', icon: INTERACTIONS_ICON, items: INTERACTIONS_MENU },
  { key: 'exams', label: 'exams.menu.group', icon: EXAMS_ICON, items: EXAMS_MENU },
  { key: 'evaluation', label: 'evaluation.menu.group', icon: EVALUATION_ICON, items: EVALUATION_MENU },
  { key: 'quality', label: 'quality.menu.group', icon: QUALITY_ICON, items: QUALITY_MENU },
];

/** The logo and the menu, without the items the user's roles may not use. */
export function SideMenu({ collapsed = false, onNavigate }: { collapsed?: boolean; onNavigate?: () => void }) {
  const t = useT();
  const can = useCan();
  const { pathname } = useLocation();
  const all = [...MENU, ...GROUPS.flatMap((g) => g.items)];
  // The longest path that starts the current one (/training/plans/1 → /training/plans).
  const best = all.filter((m) => m.path !== '/' && pathname.startsWith(m.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const selected = pathname === '/' ? 'home' : best?.key ?? '';
  const toItem = (m: (typeof MENU)[number]) => ({
    key: m.key,
    icon: m.icon,
    label: <Link to={m.path} data-testid={`menu-${m.key}`}>{t(m.label)}</Link>,
  });
  const allowed = (m: (typeof MENU)[number]) => !m.permission || can(m.permission);
  // Items under headings when the group has sections (a heading only over items the user may use).
  const withHeadings = (groupKey: string, items: typeof MENU) => {
    if (!items.some((m) => m.section)) return items.map(toItem);
    const sections = [...new Set(items.map((m) => m.section))];
    return sections.map((section) => ({
      type: 'group' as const, key: `${groupKey}:${section}`, label: section ? t(section) : '',
      children: items.filter((m) => m.section === section).map(toItem),
    }));
  };
  const groups = GROUPS.map((g) => ({ key: g.key, icon: g.icon, label: t(g.label), children: withHeadings(g.key, g.items.filter(allowed)) }))
    .filter((g) => g.children.length);
  const items = [...MENU.filter(allowed).map(toItem), ...groups];
  const openGroup = GROUPS.find((g) => g.items.some((m) => m.key === selected))?.key;

  return (
    <>
      <div className="sw-logo">
        <span className="sw-logo-mark">S</span>
        {!collapsed && <span>{t('common.appShort')}</span>}
      </div>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={[selected]}
        defaultOpenKeys={openGroup ? [openGroup] : GROUPS.map((g) => g.key)}
        items={items}
        onClick={onNavigate}
      />
    </>
  );
}
