import {
  AimOutlined,
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CommentOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  FundOutlined,
  ProfileOutlined,
  SafetyOutlined,
  SolutionOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { MsgKey } from '../../i18n';
import { lazyPanel } from '../../routing/lazyPanel';
import type { MenuGroup, RouteEntry } from '../../routing/types';
import { registerEvaluationPanel } from './evaluations/panels';

// The pages of 质量监控 (issue 7) under /quality. A QA lead sees all thirteen menu entries, so
// they stand under four headings, one per part of the work.
export const QUALITY_GROUP: MenuGroup = {
  key: 'quality',
  label: 'quality.menu.group',
  icon: <SafetyOutlined />,
  order: 5,
};
const group = QUALITY_GROUP.key;
const scoring: MsgKey = 'quality.menu.sections.scoring';
const sampling: MsgKey = 'quality.menu.sections.sampling';
const feedback: MsgKey = 'quality.menu.sections.feedback';
const calibration: MsgKey = 'quality.menu.sections.calibration';

// The fitness mark's warning (issue 17 item 3) and the feedback panel (part D) go on the evaluation page (part A).
// Their code loads with the evaluation page, not with the route table.
registerEvaluationPanel(lazyPanel(() => import('./fitness/FitnessMarkPanel').then((m) => m.FitnessMarkPanel)));
registerEvaluationPanel(
  lazyPanel(() => import('./feedback/EvaluationFeedbackPanel').then((m) => m.EvaluationFeedbackPanel)),
);

export const qualityRoutes: RouteEntry[] = [
  // Scorecards and evaluations (part A).
  {
    path: '/quality/my-evaluations',
    permission: 'quality.read',
    title: 'quality.forms.menu.mine',
    page: lazy(() => import('./evaluations/MyEvaluationsPage')),
    menu: { key: 'quality-my-evaluations', group, section: scoring, order: 1, icon: <UserOutlined /> },
  },
  {
    path: '/quality/evaluations',
    permission: 'quality.read',
    title: 'quality.forms.menu.evaluations',
    page: lazy(() => import('./evaluations/EvaluationsPage')),
    menu: { key: 'quality-evaluations', group, section: scoring, order: 2, icon: <FileSearchOutlined /> },
  },
  {
    path: '/quality/evaluations/:id',
    permission: 'quality.read',
    title: 'pages.qualityEvaluation',
    page: lazy(() => import('./evaluations/EvaluationPage')),
  },
  {
    path: '/quality/forms',
    permission: 'quality.read',
    title: 'quality.forms.menu.forms',
    page: lazy(() => import('./forms/FormsPage')),
    menu: {
      key: 'quality-forms',
      group,
      section: scoring,
      order: 3,
      icon: <ProfileOutlined />,
      permission: 'quality.forms',
    },
  },
  {
    path: '/quality/forms/:id',
    permission: 'quality.read',
    title: 'pages.qualityForm',
    page: lazy(() => import('./forms/FormBuilderPage')),
  },
  {
    path: '/quality/evaluate',
    within: 'quality-queue',
    permission: 'quality.evaluate',
    title: 'pages.evaluate',
    page: lazy(() => import('./evaluations/EvaluatePage')),
  },
  // Sampling, queues and quotas (part B).
  {
    path: '/quality/queue',
    permission: 'quality.evaluate',
    title: 'quality.sampling.menu.queue',
    page: lazy(() => import('./sampling/QueuePage')),
    menu: { key: 'quality-queue', group, section: sampling, order: 4, icon: <UnorderedListOutlined /> },
  },
  {
    path: '/quality/sampling',
    permission: 'quality.lead',
    title: 'quality.sampling.menu.sampling',
    page: lazy(() => import('./sampling/SamplingPage')),
    menu: { key: 'quality-sampling', group, section: sampling, order: 5, icon: <ExperimentOutlined /> },
  },
  {
    path: '/quality/queue-board',
    permission: 'quality.lead',
    title: 'quality.sampling.menu.board',
    page: lazy(() => import('./sampling/QueueBoardPage')),
    menu: { key: 'quality-queue-board', group, section: sampling, order: 6, icon: <TeamOutlined /> },
  },
  // Feedback, disputes, daily summary and red lines (part D).
  {
    path: '/quality/feedback',
    permission: 'quality.read',
    title: 'quality.feedback.menu.feedback',
    page: lazy(() => import('./feedback/FeedbackListPage')),
    menu: { key: 'quality-feedback', group, section: feedback, order: 7, icon: <CommentOutlined /> },
  },
  {
    path: '/quality/disputes',
    permission: 'quality.read',
    title: 'quality.feedback.menu.disputes',
    page: lazy(() => import('./disputes/DisputesPage')),
    menu: { key: 'quality-disputes', group, section: feedback, order: 8, icon: <AuditOutlined /> },
  },
  {
    path: '/quality/disputes/:id',
    permission: 'quality.read',
    title: 'pages.dispute',
    page: lazy(() => import('./disputes/DisputeReviewPage')),
  },
  {
    path: '/quality/summary',
    permission: 'quality.read',
    title: 'quality.feedback.menu.summary',
    page: lazy(() => import('./summary/DailySummaryPage')),
    menu: { key: 'quality-summary', group, section: feedback, order: 9, icon: <FundOutlined /> },
  },
  {
    path: '/quality/red-lines',
    permission: 'quality.read',
    title: 'quality.feedback.menu.redLines',
    page: lazy(() => import('./summary/RedLinesPage')),
    menu: { key: 'quality-red-lines', group, section: feedback, order: 10, icon: <AlertOutlined /> },
  },
  // Calibration, evaluator oversight and agent QA scores (part C).
  {
    path: '/quality/calibrations',
    permission: 'quality.read',
    title: 'quality.calibration.menu.calibrations',
    page: lazy(() => import('./calibration/CalibrationsPage')),
    menu: {
      key: 'quality-calibrations',
      group,
      section: calibration,
      order: 11,
      icon: <AimOutlined />,
      permission: 'quality.evaluate',
    },
  },
  {
    path: '/quality/calibrations/:id',
    permission: 'quality.read',
    title: 'pages.calibrationSession',
    page: lazy(() => import('./calibration/CalibrationSessionPage')),
  },
  {
    path: '/quality/evaluators',
    permission: 'quality.lead',
    title: 'quality.calibration.menu.evaluators',
    page: lazy(() => import('./calibration/EvaluatorsPage')),
    menu: { key: 'quality-evaluators', group, section: calibration, order: 12, icon: <SolutionOutlined /> },
  },
  {
    path: '/quality/agent-scores',
    permission: 'quality.read',
    title: 'quality.calibration.menu.agentScores',
    page: lazy(() => import('./calibration/AgentScoresPage')),
    menu: { key: 'quality-agent-scores', group, section: calibration, order: 13, icon: <BarChartOutlined /> },
  },
];
