import type { CalibrationReport } from '../../../../common/quality-calibration.js';

// Who sees whose calibration results (SPEC §1, §8; issue 17 item 2). QA leads, HR, admins and the
// session's facilitator see every evaluator by name ('full'). An invited evaluator sees their own
// scores and deviations, the consensus, and the others only as anonymous aggregates — the spread
// of scores and the agreement figures — never a colleague's name, user id or score ('own').
// The filtering happens here, on the server: the API never sends what the view leaves out.

export type CalibrationView = 'full' | 'own';

export function ownReport(report: CalibrationReport, userId: string): CalibrationReport {
  const mine = <T extends { userId: string }>(rows: T[]) => rows.filter((r) => r.userId === userId);
  return {
    ...report,
    view: 'own',
    interactions: report.interactions.map((i) => ({
      ...i,
      evaluators: mine(i.evaluators),
      items: i.items.map((it) => ({ ...it, deviations: mine(it.deviations) })),
    })),
    evaluators: mine(report.evaluators),
  };
}
