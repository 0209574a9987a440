import { SettingOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/permissions';
import type { MsgKey } from '../../i18n';

// The 系统设置 item of the side menu (layout/SideMenu.tsx), for those who may change settings.
export const SETTINGS_MENU_ITEM: { path: string; key: string; label: MsgKey; icon: ReactNode; permission: Permission } = {
  path: '/settings', key: 'settings', label: 'settings.menu', icon: <SettingOutlined />, permission: 'settings.write',
};
