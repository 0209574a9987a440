import type { CycleKindName } from '../../../../common/appraisal-plans.js';
import { CYCLE_STEPS, type CycleStepName } from '../../../../common/appraisal-cycles.js';
import type { Db } from '../../../db/connect.js';
import { workingDeadlineFrom } from '../../../lib/calendar.js';
import { addDays, addMonths } from '../../../lib/clock.js';
import { ruleBroken } from '../../../lib/errors.js';
import { getSetting, type SettingKey } from '../../../lib/settings.js';

// A cycle's period from its kind and first day, and its timetable on the working-day calendar:
// each step's last day counted from the previous one (settings appraisal.cycle.*WorkingDays; the
// appeal window is the plan's appealWorkingDays). A day counted through a year the calendar has
// no data for is kept with its provisionalYear, as every deadline in Seatwise is.

const MONTHS: Record<CycleKindName, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

export function periodOf(kind: CycleKindName, start: string) {
  const month = Number(start.slice(5, 7));
  const months = MONTHS[kind];
  if (start.slice(8) !== '01' || (month - 1) % months !== 0)
    throw ruleBroken(
      'PERIOD_MISALIGNED',
      `A ${kind} cycle starts on the first day of its period (${start} is not)`,
      'periodStart',
    );
  return { periodStart: start, periodEnd: addDays(addMonths(start, months), -1) };
}

const STEP_SETTING: Partial<Record<CycleStepName, SettingKey>> = {
  open: 'appraisal.cycle.freezeWorkingDays',
  review: 'appraisal.cycle.reviewWorkingDays',
  confirmation: 'appraisal.cycle.confirmationWorkingDays',
  final: 'appraisal.cycle.finalWorkingDays',
  published: 'appraisal.cycle.publishWorkingDays',
};

export async function timetableFor(db: Db, periodEnd: string, appealWorkingDays: number) {
  const out: { step: CycleStepName; dueOn: string; provisionalYear: number | null }[] = [];
  let day = periodEnd;
  let provisionalYear: number | null = null;
  for (const step of CYCLE_STEPS) {
    // The freeze is a moment, not a stretch: "frozen" is due the day the data freezes.
    const n = step === 'frozen' ? 0 : step === 'appeal' ? appealWorkingDays : await getSetting(db, STEP_SETTING[step]!);
    const d = await workingDeadlineFrom(db, day, n);
    day = d.day;
    provisionalYear ??= d.provisionalYear;
    out.push({ step, dueOn: day, provisionalYear });
  }
  return out;
}
