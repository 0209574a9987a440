import { Alert } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import type { Role } from '../../../common/roles';
import { keys } from '../../query/keys';
import { useApiQuery } from '../../query/useApiQuery';
import { calendarApi } from './calendarApi';

/** Whose home page warns of a missing year (issue 15): those who enter it and those whose notices
 *  and deadlines wait on it. */
export const CALENDAR_WATCHERS: readonly Role[] = ['admin', 'hr', 'training_manager'];

/** "Next year's calendar is missing" (from calendar.warnFromMonth/Day) or "this year's is", with
 *  a link to the year on the calendar page. Shown on the home page of the people a missing year
 *  hurts and at the top of the calendar page; nothing when the calendar is in order (asked again
 *  when the calendar page changes a year: keys.calendar). `viewing` is the year that page shows. */
export function NextYearAlert({ viewing }: { viewing?: number }) {
  const t = useT();
  // A failed check must not block the page it sits on: the warning is simply not shown.
  const status = useApiQuery(keys.calendar('status'), () => calendarApi.status(), { quiet: true }).data;
  if (!status?.warn) return null;
  const year = status.currentYearKnown ? status.nextYear : status.nextYear - 1;
  if (viewing === year) return null; // the calendar page already says, in red, that the year it shows is missing
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="calendar-next-year-alert"
      title={
        status.currentYearKnown
          ? t('calendar.status.nextMissingTitle', { year })
          : t('calendar.status.currentMissingTitle', { year })
      }
      description={t('calendar.status.text')}
      action={
        <Link to={`/calendar?year=${year}`} data-testid="calendar-next-year-link">
          {t('calendar.status.link', { year })}
        </Link>
      }
    />
  );
}
