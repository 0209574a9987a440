import { AuditOutlined, BookOutlined, CalendarOutlined, EditOutlined, FileTextOutlined, FormOutlined, ScheduleOutlined, SolutionOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/permissions';
import type { MsgKey } from '../../i18n';

// The 考试测评 group of the side menu (layout/SideMenu.tsx).
export const EXAMS_MENU: { path: string; key: string; label: MsgKey; icon: ReactNode; permission: Permission }[] = [
  { path: '/exams/my', key: 'exams-my', label: 'exams.menu.my', icon: <EditOutlined />, permission: 'exams.take' },
  { path: '/exams/questions', key: 'exams-questions', label: 'exams.menu.questions', icon: <BookOutlined />, permission: 'exams.author' },
  { path: '/exams/papers', key: 'exams-papers', label: 'exams.menu.papers', icon: <FileTextOutlined />, permission: 'exams.author' },
  { path: '/exams/manage', key: 'exams-manage', label: 'exams.menu.manage', icon: <ScheduleOutlined />, permission: 'exams.author' },
  { path: '/exams/grading', key: 'exams-grading', label: 'exams.menu.grading', icon: <AuditOutlined />, permission: 'exams.grade' },
  { path: '/exams/daily', key: 'exams-daily', label: 'exams.menu.daily', icon: <CalendarOutlined />, permission: 'exams.daily' },
  { path: '/exams/followups', key: 'exams-followups', label: 'exams.menu.followups', icon: <SolutionOutlined />, permission: 'exams.followup' },
];
export const EXAMS_ICON = <FormOutlined />;
