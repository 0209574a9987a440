import { Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n';
import type { Feedback } from './feedbackApi';

/** The state of a feedback task as one tag: pending (with its deadline), overdue, given on time, given late. */
export function FeedbackStateTag({ f }: { f: Feedback }) {
  const t = useT();
  if (f.status === 'given')
    return (
      <Tag color={f.late ? 'orange' : 'green'} data-testid="feedback-state">
        {t(f.late ? 'quality.feedback.state.late' : 'quality.feedback.state.given')}
      </Tag>
    );
  if (f.overdue)
    return (
      <Tag color="red" data-testid="feedback-state">
        {t('quality.feedback.state.overdue')}
      </Tag>
    );
  return (
    <Tag color="blue" data-testid="feedback-state">
      {t('quality.feedback.state.pending')}
    </Tag>
  );
}

/** A day counted through a year the working-day calendar lacks: shown with a provisional tag that says why. */
export function ProvisionalDay({ day, year }: { day: string | null; year: number | null }) {
  const t = useT();
  if (year === null) return <span data-testid="feedback-due">{day}</span>;
  return (
    <span data-testid="feedback-due">
      {day}{' '}
      <Tooltip title={t('quality.feedback.calendarMissingHelp', { year })}>
        <Tag color="volcano" data-testid="feedback-due-problem">
          {t('quality.feedback.calendarMissing', { year })}
        </Tag>
      </Tooltip>
    </span>
  );
}

/** The deadline, marked provisional when the working-day calendar lacks its year. */
export const DueCell = ({ f }: { f: Feedback }) => (
  <ProvisionalDay day={f.dueDay} year={f.dueProblem ? f.dueProblemYear : null} />
);
