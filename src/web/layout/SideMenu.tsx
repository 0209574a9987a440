import {
  ApartmentOutlined, AuditOutlined, HomeOutlined, ImportOutlined, SafetyCertificateOutlined, TeamOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../../common/permissions';
import { useCan } from '../access';
import { useT, type MsgKey } from '../i18n';

const MENU: { path: string; key: string; label: MsgKey; icon: ReactNode; permission?: Permission }[] = [
  { path: '/', key: 'home', label: 'common.menu.home', icon: <HomeOutlined /> },
  { path: '/people', key: 'people', label: 'common.menu.people', icon: <TeamOutlined /> },
  { path: '/org', key: 'org', label: 'common.menu.org', icon: <ApartmentOutlined /> },
  { path: '/roster', key: 'roster', label: 'common.menu.roster', icon: <ImportOutlined />, permission: 'people.import' },
  { path: '/users', key: 'users', label: 'common.menu.users', icon: <SafetyCertificateOutlined />, permission: 'users.manage' },
  { path: '/audit', key: 'audit', label: 'common.menu.audit', icon: <AuditOutlined />, permission: 'audit.read' },
];

/** The logo and the menu, without the items the user's roles may not use. */
export function SideMenu({ collapsed = false, onNavigate }: { collapsed?: boolean; onNavigate?: () => void }) {
  const t = useT();
  const can = useCan();
  const { pathname } = useLocation();
  const selected = pathname === '/' ? 'home' : MENU.find((m) => m.path !== '/' && pathname.startsWith(m.path))?.key ?? '';
  const items = MENU.filter((m) => !m.permission || can(m.permission)).map((m) => ({
    key: m.key,
    icon: m.icon,
    label: <Link to={m.path} data-testid={`menu-${m.key}`}>{t(m.label)}</Link>,
  }));

  return (
    <>
      <div className="sw-logo">
        <span className="sw-logo-mark">S</span>
        {!collapsed && <span>{t('common.appShort')}</span>}
      </div>
      <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={items} onClick={onNavigate} />
    </>
  );
}
