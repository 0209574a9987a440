import { FileSearchOutlined, ProfileOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { ExperimentOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons'; // sampling and queues (part B)
import { AlertOutlined, AuditOutlined, CommentOutlined, FundOutlined } from '@ant-design/icons'; // feedback, disputes, summary (part D)
import { AimOutlined, BarChartOutlined, SolutionOutlined } from '@ant-design/icons'; // calibration, oversight, agent scores (part C)
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/permissions';
import type { MsgKey } from '../../i18n';

// The 质量监控 group of the side menu (layout/SideMenu.tsx).
export const QUALITY_MENU: { path: string; key: string; label: MsgKey; icon: ReactNode; permission: Permission }[] = [
  { path: '/quality/my-evaluations', key: 'quality-my-evaluations', label: 'quality.forms.menu.mine', icon: <UserOutlined />, permission: 'quality.read' },
  { path: '/quality/evaluations', key: 'quality-evaluations', label: 'quality.forms.menu.evaluations', icon: <FileSearchOutlined />, permission: 'quality.read' },
  { path: '/quality/forms', key: 'quality-forms', label: 'quality.forms.menu.forms', icon: <ProfileOutlined />, permission: 'quality.forms' },
  { path: '/quality/queue', key: 'quality-queue', label: 'quality.sampling.menu.queue', icon: <UnorderedListOutlined />, permission: 'quality.evaluate' },
  { path: '/quality/sampling', key: 'quality-sampling', label: 'quality.sampling.menu.sampling', icon: <ExperimentOutlined />, permission: 'quality.lead' },
  { path: '/quality/queue-board', key: 'quality-queue-board', label: 'quality.sampling.menu.board', icon: <TeamOutlined />, permission: 'quality.lead' },
  { path: '/quality/feedback', key: 'quality-feedback', label: 'quality.feedback.menu.feedback', icon: <CommentOutlined />, permission: 'quality.read' },
  { path: '/quality/disputes', key: 'quality-disputes', label: 'quality.feedback.menu.disputes', icon: <AuditOutlined />, permission: 'quality.read' },
  { path: '/quality/summary', key: 'quality-summary', label: 'quality.feedback.menu.summary', icon: <FundOutlined />, permission: 'quality.read' },
  { path: '/quality/red-lines', key: 'quality-red-lines', label: 'quality.feedback.menu.redLines', icon: <AlertOutlined />, permission: 'quality.read' },
  { path: '/quality/calibrations', key: 'quality-calibrations', label: 'quality.calibration.menu.calibrations', icon: <AimOutlined />, permission: 'quality.evaluate' },
  { path: '/quality/evaluators', key: 'quality-evaluators', label: 'quality.calibration.menu.evaluators', icon: <SolutionOutlined />, permission: 'quality.lead' },
  { path: '/quality/agent-scores', key: 'quality-agent-scores', label: 'quality.calibration.menu.agentScores', icon: <BarChartOutlined />, permission: 'quality.read' },
];
export const QUALITY_ICON = <SafetyOutlined />;
