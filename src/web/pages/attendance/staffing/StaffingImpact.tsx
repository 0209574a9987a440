import { Alert, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { StaffingImpactData } from '../../../../common/attendance-staffing';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { staffingApi, staffingKey, type ImpactParams } from './api';
import { StaffingChart } from './StaffingChart';

// What a pending leave or swap does to the day's coverage (issue 19 item 6), shown on the leave and
// swap approval screens before the lead decides: required per interval as bars, rostered now and
// rostered after as two lines, and the intervals the change leaves understaffed.

export type StaffingImpactProps = { kind: 'leave' | 'swap'; id: string } & Omit<ImpactParams, 'kind' | 'id'>;

function ImpactDay({ day }: { day: StaffingImpactData['days'][number] }) {
  const t = useT();
  const { starts, required, lines, marks } = useMemo(() => {
    const under = new Set(day.newlyUnder);
    return {
      starts: day.before.intervals.map((i) => i.start),
      required: day.before.intervals.map((i) => i.required),
      lines: [
        {
          name: t('attendance.staffing.rosteredBefore'),
          data: day.before.intervals.map((i) => i.rostered),
          color: '#1677ff',
        },
        {
          name: t('attendance.staffing.rosteredAfter'),
          data: day.after.intervals.map((i) => i.rostered),
          color: '#fa541c',
          dashed: true,
        },
      ],
      marks: day.after.intervals.map((i) => (under.has(i.start) ? -1 : 0)),
    };
  }, [day, t]);
  return (
    <div data-testid={`staffing-impact-${day.day}`}>
      <Typography.Text strong>{day.day}</Typography.Text>
      <StaffingChart
        starts={starts}
        required={required}
        requiredName={t('attendance.staffing.required')}
        lines={lines}
        marks={marks}
        height={200}
      />
      {day.newlyUnder.length ? (
        <Space size={[4, 4]} wrap>
          <Typography.Text type="danger">{t('attendance.staffing.newlyUnder')}</Typography.Text>
          {day.newlyUnder.map((s) => {
            const iv = day.after.intervals.find((i) => i.start === s);
            return (
              <Tag key={s} color="red">
                {s} ({iv ? iv.diff : ''})
              </Tag>
            );
          })}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('attendance.staffing.noNewlyUnder')}</Typography.Text>
      )}
    </div>
  );
}

/** The before/after staffing of a pending leave request or swap. */
export function StaffingImpact(props: StaffingImpactProps) {
  const t = useT();
  const { data, error } = useApiQuery(staffingKey('impact', props), () => staffingApi.impact(props), { quiet: true });
  if (error) return <Alert type="warning" showIcon title={t('attendance.staffing.impactUnavailable')} />;
  if (!data) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="staffing-impact">
      <Typography.Text type="secondary">{t('attendance.staffing.impactHelp')}</Typography.Text>
      {data.days.map((d) => (
        <ImpactDay key={d.day} day={d} />
      ))}
    </Space>
  );
}

export default StaffingImpact;
