import { AlertOutlined, FileSearchOutlined, IdcardOutlined, TableOutlined, WarningOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/permissions';
import type { MsgKey } from '../../i18n';

// The 新人评估 group of the side menu (layout/SideMenu.tsx).
export const EVALUATION_MENU: { path: string; key: string; label: MsgKey; icon: ReactNode; permission: Permission }[] = [
  { path: '/evaluation/at-risk', key: 'evaluation-at-risk', label: 'evaluation.menu.atRisk', icon: <WarningOutlined />, permission: 'evaluation.read' },
  { path: '/evaluation/board', key: 'evaluation-board', label: 'evaluation.menu.board', icon: <TableOutlined />, permission: 'evaluation.read' },
  { path: '/evaluation/me', key: 'evaluation-me', label: 'evaluation.menu.mine', icon: <IdcardOutlined />, permission: 'training.learn' },
  { path: '/evaluation/cases', key: 'evaluation-cases', label: 'elimination.title', icon: <FileSearchOutlined />, permission: 'evaluation.read' },
];
export const EVALUATION_ICON = <AlertOutlined />;
