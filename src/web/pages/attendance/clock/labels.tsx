import { Tag } from 'antd';
import dayjs from 'dayjs';
import type { DayOutcomeName } from '../../../../common/attendance-clock';
import { useT } from '../../../i18n';

// How the clock's codes are shown: one tag per outcome and resolution, times as HH:mm.

const OUTCOME_COLORS: Record<DayOutcomeName, string> = {
  on_time: 'green',
  late: 'orange',
  early_leave: 'orange',
  late_and_early: 'orange',
  half_day_absent: 'red',
  absent: 'red',
  missing_in: 'gold',
  missing_out: 'gold',
  on_leave: 'blue',
  rest: 'default',
  pending: 'processing',
};

export function OutcomeTag({ outcome }: { outcome: DayOutcomeName }) {
  const t = useT();
  return (
    <Tag color={OUTCOME_COLORS[outcome]} data-testid="outcome-tag" data-outcome={outcome}>
      {t(`attendance.clock.outcome.${outcome}`)}
    </Tag>
  );
}

export function ResolutionTag({ resolution }: { resolution: 'open' | 'confirmed' | 'excused' | 'leave' | null }) {
  const t = useT();
  if (!resolution) return null;
  const color = resolution === 'open' ? 'warning' : resolution === 'confirmed' ? 'error' : 'success';
  return (
    <Tag color={color} data-testid="resolution-tag" data-resolution={resolution}>
      {t(`attendance.clock.resolution.${resolution}`)}
    </Tag>
  );
}

/** An instant as the wall-clock time (with the date when it is not `day`). */
export const hhmm = (iso: string | null, day?: string) => {
  if (!iso) return '—';
  const d = dayjs(iso);
  return day && d.format('YYYY-MM-DD') !== day ? d.format('MM-DD HH:mm') : d.format('HH:mm');
};
