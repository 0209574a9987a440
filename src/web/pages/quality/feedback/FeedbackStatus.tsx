import { Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n';
import type { Feedback } from './feedbackApi';

/** The state of a feedback task as one tag: pending (with its deadline), overdue, given on time, given late. */
export function FeedbackStateTag({ f }: { f: Feedback }) {
  const t = useT();
  if (f.status === 'given') return <Tag color={f.late ? 'orange' : 'green'} data-testid="feedback-state">{t(f.late ? 'quality.feedback.state.late' : 'quality.feedback.state.given')}</Tag>;
  if (f.overdue) return <Tag color="red" data-testid="feedback-state">{t('quality.feedback.state.overdue')}</Tag>;
  return <Tag color="blue" data-testid="feedback-state">{t('quality.feedback.state.pending')}</Tag>;
}

/** The deadline, or — when the working-day calendar lacks the year — that problem, plainly, on the row. */
export function DueCell({ f }: { f: Feedback }) {
  const t = useT();
  if (f.dueProblem) {
    return (
      <Tooltip title={t('quality.feedback.calendarMissingHelp', { year: f.dueProblemYear ?? '' })}>
        <Tag color="volcano" data-testid="feedback-due-problem">{t('quality.feedback.calendarMissing', { year: f.dueProblemYear ?? '' })}</Tag>
      </Tooltip>
    );
  }
  return <span data-testid="feedback-due">{f.dueDay}</span>;
}
