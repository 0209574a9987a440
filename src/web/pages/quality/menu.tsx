import { FileSearchOutlined, ProfileOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { ExperimentOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons'; // sampling and queues (part B)
import { AlertOutlined, AuditOutlined, CommentOutlined, FundOutlined } from '@ant-design/icons'; // feedback, disputes, summary (part D)
import { AimOutlined, BarChartOutlined, SolutionOutlined } from '@ant-design/icons'; // calibration, oversight, agent scores (part C)
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/permissions';
import type { MsgKey } from '../../i18n';

// The 质量监控 group of the side menu (layout/SideMenu.tsx). A QA lead sees all thirteen
// entries, so they are shown under four headings, one per part of the work.
const scoring: MsgKey = 'quality.menu.sections.scoring';
const sampling: MsgKey = 'quality.menu.sections.sampling';
const feedback: MsgKey = 'quality.menu.sections.feedback';
const calibration: MsgKey = 'quality.menu.sections.calibration';
export const QUALITY_MENU: { path: string; key: string; label: MsgKey; icon: ReactNode; permission: Permission; section: MsgKey }[] = [
  { path: '/quality/my-evaluations', key: 'quality-my-evaluations', label: 'quality.forms.menu.mine', icon: <UserOutlined />, permission: 'quality.read', section: scoring },
  { path: '/quality/evaluations', key: 'quality-evaluations', label: 'quality.forms.menu.evaluations', icon: <FileSearchOutlined />, permission: 'quality.read', section: scoring },
  { path: '/quality/forms', key: 'quality-forms', label: 'quality.forms.menu.forms', icon: <ProfileOutlined />, permission: 'quality.forms', section: scoring },
  { path: '/quality/queue', key: 'quality-queue', label: 'quality.sampling.menu.queue', icon: <UnorderedListOutlined />, permission: 'quality.evaluate', section: sampling },
  { path: '/quality/sampling', key: 'quality-sampling', label: 'quality.sampling.menu.sampling', icon: <ExperimentOutlined />, permission: 'quality.lead', section: sampling },
  { path: '/quality/queue-board', key: 'quality-queue-board', label: 'quality.sampling.menu.board', icon: <TeamOutlined />, permission: 'quality.lead', section: sampling },
  { path: '/quality/feedback', key: 'quality-feedback', label: 'quality.feedback.menu.feedback', icon: <CommentOutlined />, permission: 'quality.read', section: feedback },
  { path: '/quality/disputes', key: 'quality-disputes', label: 'quality.feedback.menu.disputes', icon: <AuditOutlined />, permission: 'quality.read', section: feedback },
  { path: '/quality/summary', key: 'quality-summary', label: 'quality.feedback.menu.summary', icon: <FundOutlined />, permission: 'quality.read', section: feedback },
  { path: '/quality/red-lines', key: 'quality-red-lines', label: 'quality.feedback.menu.redLines', icon: <AlertOutlined />, permission: 'quality.read', section: feedback },
  { path: '/quality/calibrations', key: 'quality-calibrations', label: 'quality.calibration.menu.calibrations', icon: <AimOutlined />, permission: 'quality.evaluate', section: calibration },
  { path: '/quality/evaluators', key: 'quality-evaluators', label: 'quality.calibration.menu.evaluators', icon: <SolutionOutlined />, permission: 'quality.lead', section: calibration },
  { path: '/quality/agent-scores', key: 'quality-agent-scores', label: 'quality.calibration.menu.agentScores', icon: <BarChartOutlined />, permission: 'quality.read', section: calibration },
];
export const QUALITY_ICON = <SafetyOutlined />;
