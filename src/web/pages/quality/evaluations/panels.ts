import type { ComponentType } from 'react';
import type { EvaluationDetail } from '../forms/formsApi';

// The place on an evaluation's page for other parts of quality monitoring: the agent's
// acknowledgement and dispute, the evaluator's feedback (part D). A part registers its panel
// once (e.g. from pages/quality/routes.tsx); the page shows every registered panel in order.
export type EvaluationPanel = ComponentType<{ evaluation: EvaluationDetail; reload: () => void }>;

const panels: EvaluationPanel[] = [];

export function registerEvaluationPanel(panel: EvaluationPanel) {
  if (!panels.includes(panel)) panels.push(panel);
}

export const evaluationPanels = (): readonly EvaluationPanel[] => panels;
