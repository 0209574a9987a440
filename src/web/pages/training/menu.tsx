import {
  BookOutlined, CalendarOutlined, CheckSquareOutlined, CommentOutlined, FormOutlined,
  IdcardOutlined, ProfileOutlined, ReadOutlined, ScheduleOutlined, SolutionOutlined, TeamOutlined, UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/permissions';
import type { MsgKey } from '../../i18n';

// The 培训管理 group of the side menu (layout/SideMenu.tsx), in the order a user meets them.
export const TRAINING_MENU: { path: string; key: string; label: MsgKey; icon: ReactNode; permission: Permission }[] = [
  { path: '/training/my', key: 'training-my', label: 'training.menu.my', icon: <UserOutlined />, permission: 'training.learn' },
  { path: '/training/plans', key: 'training-plans', label: 'training.menu.plans', icon: <ProfileOutlined />, permission: 'training.read' },
  { path: '/training/sessions', key: 'training-sessions', label: 'training.menu.sessions', icon: <CalendarOutlined />, permission: 'training.read' },
  { path: '/training/attendance', key: 'training-attendance', label: 'training.menu.attendance', icon: <CheckSquareOutlined />, permission: 'training.teach' },
  { path: '/training/leave', key: 'training-leave', label: 'training.menu.leave', icon: <ScheduleOutlined />, permission: 'training.learn' },
  { path: '/training/courses', key: 'training-courses', label: 'training.menu.courses', icon: <BookOutlined />, permission: 'training.read' },
  { path: '/training/trainers', key: 'training-trainers', label: 'training.menu.trainers', icon: <IdcardOutlined />, permission: 'training.read' },
  { path: '/training/mentoring', key: 'training-mentoring', label: 'training.menu.mentoring', icon: <TeamOutlined />, permission: 'training.learn' },
  { path: '/training/feedback', key: 'training-feedback', label: 'training.menu.feedback', icon: <CommentOutlined />, permission: 'training.reports' },
  { path: '/training/surveys', key: 'training-surveys', label: 'training.menu.surveys', icon: <FormOutlined />, permission: 'training.manage' },
  { path: '/training/records/me', key: 'training-record', label: 'training.menu.record', icon: <SolutionOutlined />, permission: 'training.learn' },
];
export const TRAINING_ICON = <ReadOutlined />;
