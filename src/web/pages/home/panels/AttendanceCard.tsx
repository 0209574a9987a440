import { useMemo } from 'react';
import type { AttendanceCounts, HomePanels } from '../../../../common/home-panels';
import { useT } from '../../../i18n';
import { PanelCard } from './PanelCard';
import { PanelChart } from './PanelChart';

type Attendance = NonNullable<HomePanels['attendance']>;

const counts = (c: AttendanceCounts) => [c.late, c.earlyLeave, c.absent];

/** This week's late, early-leave and absent days that stand; an agent's next to their team's. */
export function AttendanceCard({ attendance, self }: { attendance: Attendance; self: boolean }) {
  const t = useT();
  const option = useMemo(() => {
    const bar = (name: string, c: AttendanceCounts, color: string) => ({
      name,
      type: 'bar',
      barMaxWidth: 28,
      color,
      data: counts(c),
      label: { show: true, position: 'top', fontSize: 11 },
    });
    const top = Math.max(4, ...counts(attendance.mine), ...(attendance.team ? counts(attendance.team) : []));
    return {
      grid: { left: 32, right: 8, top: 28, bottom: 20 },
      legend: attendance.team ? { top: 0 } : undefined,
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: [
          t('home.panels.attendance.late'),
          t('home.panels.attendance.earlyLeave'),
          t('home.panels.attendance.absent'),
        ],
      },
      yAxis: { type: 'value', min: 0, max: Math.ceil(top * 1.2), minInterval: 1 },
      series: [
        bar(t(self ? 'home.panels.series.me' : 'home.panels.series.people'), attendance.mine, '#fa8c16'),
        ...(attendance.team ? [bar(t('home.panels.series.team'), attendance.team, '#8c8c8c')] : []),
      ],
    };
  }, [attendance, self, t]);

  return (
    <PanelCard title={t('home.panels.attendance.title')} path={attendance.path} testId="home-panel-attendance">
      <PanelChart option={option} testId="home-panel-attendance-chart" />
    </PanelCard>
  );
}
