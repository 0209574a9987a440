import type { SummaryRowView } from '../../../../common/attendance-summary.js';
import { isBreach, MISSING, type MatchedDay } from './day-rules.js';

// One person's month for payroll (考勤月报), a pure function of the month's records:
//   scheduledDays / Hours  the working days of published rosters (rest days not counted), their
//                          shifts' working minutes (breaks out)
//   workedHours            per matched day: on time → the shift's working minutes; late / early
//                          leave / half-day absence → those minutes less the late and early
//                          minutes; an excused exception → the full minutes; a day with half a day
//                          of approved leave → half of them (less late/early); absent, missing a
//                          punch (until resolved), on leave, rest, pending → 0
//   lateCount / Minutes    unexcused days late (late, late_and_early) and their late minutes
//   earlyCount / Minutes   unexcused days left early (early_leave, late_and_early)
//   absentDays             unexcused: absent 1, half_day_absent 0.5
//   missingPunches         unexcused days with a punch missing (missing_in, missing_out)
//   excusedDays            exceptions the lead excused (counted in none of the above)
//   leaveDays              approved leave by kind: a full day 1, a half day 0.5
//   overtime               approved overtime hours of the month, paid out or earned as TOIL
//   toilLeftHours          given (the swaps part's balance on the month's last day or today)
// "Unexcused" is the breach rule of day-rules.ts: open or confirmed, not excused nor turned into leave.

export interface ScheduledDay {
  day: string;
  shiftId: string | null;
  workMinutes: number;
}
export interface LeaveDay {
  day: string;
  half: 'am' | 'pm' | 'full';
  kind: string;
}
export interface OvertimeHours {
  hours: number;
  compensation: string;
}
export interface MonthInput {
  schedule: ScheduledDay[];
  days: MatchedDay[];
  leave: LeaveDay[];
  overtime: OvertimeHours[];
  toilLeft: number;
}

export type MonthFigures = Omit<SummaryRowView, 'employeeId' | 'employeeNo' | 'name' | 'teamId' | 'teamName'>;

const WORKED = new Set(['on_time', 'late', 'early_leave', 'late_and_early', 'half_day_absent']);
const r2 = (n: number) => Math.round(n * 100) / 100;
const hours = (minutes: number) => r2(minutes / 60);

export function monthFigures(m: MonthInput): MonthFigures {
  const planned = new Map(m.schedule.filter((s) => s.shiftId).map((s) => [s.day, s.workMinutes]));
  const halfLeave = new Set(m.leave.filter((l) => l.half !== 'full').map((l) => l.day));
  const f: MonthFigures = {
    scheduledDays: planned.size,
    scheduledHours: hours([...planned.values()].reduce((s, x) => s + x, 0)),
    workedHours: 0,
    lateCount: 0,
    lateMinutes: 0,
    earlyCount: 0,
    earlyMinutes: 0,
    absentDays: 0,
    missingPunches: 0,
    excusedDays: 0,
    leaveDays: {},
    leaveTotal: 0,
    overtimePaidHours: 0,
    overtimeToilHours: 0,
    toilLeftHours: r2(m.toilLeft),
  };
  let worked = 0;
  for (const d of m.days) {
    const full = planned.get(d.day) ?? 0;
    const minutes = halfLeave.has(d.day) ? full / 2 : full;
    if (d.resolution === 'excused' && d.outcome !== 'on_time') {
      f.excusedDays++;
      if (d.outcome !== 'absent') worked += minutes;
      continue;
    }
    if (WORKED.has(d.outcome) && d.resolution !== 'leave')
      worked += Math.max(0, minutes - d.lateMinutes - d.earlyMinutes);
    if (!isBreach(d)) continue;
    if (d.outcome === 'late' || d.outcome === 'late_and_early') {
      f.lateCount++;
      f.lateMinutes += d.lateMinutes;
    }
    if (d.outcome === 'early_leave' || d.outcome === 'late_and_early') {
      f.earlyCount++;
      f.earlyMinutes += d.earlyMinutes;
    }
    if (d.outcome === 'absent') f.absentDays += 1;
    if (d.outcome === 'half_day_absent') f.absentDays += 0.5;
    if (MISSING.has(d.outcome)) f.missingPunches++;
  }
  f.workedHours = hours(worked);
  for (const l of m.leave) {
    const n = l.half === 'full' ? 1 : 0.5;
    f.leaveDays[l.kind] = (f.leaveDays[l.kind] ?? 0) + n;
    f.leaveTotal += n;
  }
  for (const o of m.overtime) {
    if (o.compensation === 'toil') f.overtimeToilHours += o.hours;
    else f.overtimePaidHours += o.hours;
  }
  f.overtimePaidHours = r2(f.overtimePaidHours);
  f.overtimeToilHours = r2(f.overtimeToilHours);
  return f;
}
