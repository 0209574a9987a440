import { lazy } from 'react';
import { Route } from 'react-router';
import { RequirePermission } from '../../components/Guards';
import { registerEvaluationPanel } from './evaluations/panels';
import { EvaluationFeedbackPanel } from './feedback/EvaluationFeedbackPanel';

// The pages of 质量监控 (issue 7) under /quality, placed inside the app layout by routes.tsx.

// Scorecards and evaluations (part A).
const FormsPage = lazy(() => import('./forms/FormsPage'));
const FormBuilderPage = lazy(() => import('./forms/FormBuilderPage'));
const EvaluatePage = lazy(() => import('./evaluations/EvaluatePage'));
const EvaluationsPage = lazy(() => import('./evaluations/EvaluationsPage'));
const EvaluationPage = lazy(() => import('./evaluations/EvaluationPage'));
const MyEvaluationsPage = lazy(() => import('./evaluations/MyEvaluationsPage'));
// Sampling, queues and quotas (part B).
const SamplingPage = lazy(() => import('./sampling/SamplingPage'));
const QueuePage = lazy(() => import('./sampling/QueuePage'));
const QueueBoardPage = lazy(() => import('./sampling/QueueBoardPage'));
// Feedback, disputes, daily summary and red lines (part D); its panel goes on the evaluation page.
const FeedbackListPage = lazy(() => import('./feedback/FeedbackListPage'));
const DisputesPage = lazy(() => import('./disputes/DisputesPage'));
const DisputeReviewPage = lazy(() => import('./disputes/DisputeReviewPage'));
const DailySummaryPage = lazy(() => import('./summary/DailySummaryPage'));
const RedLinesPage = lazy(() => import('./summary/RedLinesPage'));
registerEvaluationPanel(EvaluationFeedbackPanel);
// Calibration, evaluator oversight and agent QA scores (part C).
const CalibrationsPage = lazy(() => import('./calibration/CalibrationsPage'));
const CalibrationSessionPage = lazy(() => import('./calibration/CalibrationSessionPage'));
const EvaluatorsPage = lazy(() => import('./calibration/EvaluatorsPage'));
const AgentScoresPage = lazy(() => import('./calibration/AgentScoresPage'));

const ROUTES: [string, Parameters<typeof RequirePermission>[0]['permission'], React.ComponentType][] = [
  ['forms', 'quality.read', FormsPage],
  ['forms/:id', 'quality.read', FormBuilderPage],
  ['evaluate', 'quality.evaluate', EvaluatePage],
  ['evaluations', 'quality.read', EvaluationsPage],
  ['evaluations/:id', 'quality.read', EvaluationPage],
  ['my-evaluations', 'quality.read', MyEvaluationsPage],
  ['sampling', 'quality.lead', SamplingPage],
  ['queue', 'quality.evaluate', QueuePage],
  ['queue-board', 'quality.lead', QueueBoardPage],
  ['feedback', 'quality.read', FeedbackListPage],
  ['disputes', 'quality.read', DisputesPage],
  ['disputes/:id', 'quality.read', DisputeReviewPage],
  ['summary', 'quality.read', DailySummaryPage],
  ['red-lines', 'quality.read', RedLinesPage],
  ['calibrations', 'quality.read', CalibrationsPage],
  ['calibrations/:id', 'quality.read', CalibrationSessionPage],
  ['evaluators', 'quality.lead', EvaluatorsPage],
  ['agent-scores', 'quality.read', AgentScoresPage],
];

/** <Route> elements (a fragment, as react-router wants them inside <Routes>). */
export const qualityRoutes = (
  <Route path="quality">
    {ROUTES.map(([path, permission, Page]) => (
      <Route key={path} path={path} element={<RequirePermission permission={permission}><Page /></RequirePermission>} />
    ))}
  </Route>
);
