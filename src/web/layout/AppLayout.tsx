import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Space } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { PageSpin } from '../components/Results';
import { RoleTags } from '../components/Tags';
import { useT } from '../i18n';
import { useSession } from '../session';
import { NotificationBell } from '../pages/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

const SIDER_BG = '#001529';

/** Menu at the side on wide screens, in a drawer on phones; user and language in the header. */
export function AppLayout() {
  const t = useT();
  const { me } = useSession();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {narrow ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={220}
          closable={false}
          styles={{ body: { padding: 0, background: SIDER_BG } }}
        >
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={220}
          collapsedWidth={64}
          className="sw-sider"
          style={{ position: 'sticky', top: 0, height: '100vh' }}
        >
          <SideMenu collapsed={collapsed} />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header className="sw-header" style={{ background: '#fff', padding: narrow ? '0 8px' : '0 20px' }}>
          <Space size={4} style={{ minWidth: 0 }}>
            {narrow && (
              <Button
                type="text"
                icon={<MenuOutlined />}
                onClick={() => setDrawerOpen(true)}
                data-testid="menu-toggle"
              />
            )}
            <span className="sw-header-title">{t(narrow ? 'common.appShort' : 'common.appName')}</span>
          </Space>
          <Space size={4}>
            {screens.lg && me && <RoleTags roles={me.roles} />}
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu compact={narrow} />
          </Space>
        </Layout.Header>
        <Layout.Content className="sw-content">
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
