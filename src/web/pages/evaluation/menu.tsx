import { AlertOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/permissions';
import type { MsgKey } from '../../i18n';

// The 新人评估 group of the side menu (layout/SideMenu.tsx).
export const EVALUATION_MENU: { path: string; key: string; label: MsgKey; icon: ReactNode; permission: Permission }[] = [
];
export const EVALUATION_ICON = <AlertOutlined />;
