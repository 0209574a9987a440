import { SafetyOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/permissions';
import type { MsgKey } from '../../i18n';

// The 质量监控 group of the side menu (layout/SideMenu.tsx).
export const QUALITY_MENU: { path: string; key: string; label: MsgKey; icon: ReactNode; permission: Permission }[] = [
];
export const QUALITY_ICON = <SafetyOutlined />;
