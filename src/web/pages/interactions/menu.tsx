import { BarChartOutlined, CloudUploadOutlined, ColumnWidthOutlined, LineChartOutlined, PhoneOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/permissions';
import type { MsgKey } from '../../i18n';

// The 话务数据 group of the side menu (layout/SideMenu.tsx).
export const INTERACTIONS_MENU: { path: string; key: string; label: MsgKey; icon: ReactNode; permission: Permission }[] = [
  { path: '/interactions/imports', key: 'interactions-imports', label: 'interactions.menu.imports', icon: <CloudUploadOutlined />, permission: 'interactions.import' },
  { path: '/interactions/mappings', key: 'interactions-mappings', label: 'interactions.menu.mappings', icon: <ColumnWidthOutlined />, permission: 'interactions.import' },
  { path: '/interactions/agents', key: 'interactions-agents', label: 'interactions.menu.agents', icon: <LineChartOutlined />, permission: 'interactions.read' },
  { path: '/interactions/teams', key: 'interactions-teams', label: 'interactions.menu.teams', icon: <BarChartOutlined />, permission: 'interactions.teams' },
];
export const INTERACTIONS_ICON = <PhoneOutlined />;
