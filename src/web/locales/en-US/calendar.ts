import type zh from '../zh-CN/calendar';

const en: typeof zh = {
  title: 'Working-day calendar',
  menu: 'Working-day calendar',
  year: '{year}',
  kinds: { holiday: 'Off', workday: 'Work', ordinary: 'Ordinary' },
  kindNames: { holiday: 'Public holiday', workday: 'Make-up workday (调休)', ordinary: 'Ordinary day (Mon–Fri work)' },
  source: { package: 'chinese-days', admin: 'Entered by an administrator' },
  packageNote: 'Data from the chinese-days package (the State Council holiday notices), covering years up to {last}. Click a day to correct it.',
  missingTitle: 'No working-day calendar for {year}',
  missingText: 'Every "within N working days" rule (notice periods, QA feedback deadlines…) reaching into {year} reports an error instead of counting ordinary weekdays. Enter the year\'s holidays and make-up workdays from the State Council notice, then confirm the year.',
  confirm: 'Confirm {year} is complete',
  confirmReason: 'Basis (e.g. the notice number)',
  confirmed: '{year} confirmed: working days can be counted',
  adminEntered: 'This year was entered by an administrator',
  editDay: 'Set {day}',
  fields: { kind: 'Kind', name: 'Name (the holiday, or the holiday a workday makes up for)', reason: 'Reason' },
  saved: 'Saved',
  list: { title: 'Holidays and make-up workdays this year', day: 'Date', weekday: 'Day', kind: 'Kind', name: 'Name', source: 'Source', empty: 'No holidays or make-up workdays recorded this year' },
  count: {
    title: 'Count working days',
    from: 'From (that day not counted)',
    days: 'Working days',
    result: 'Working day {days} is {ends}; the period ends at the end of that day',
    help: 'As Chinese law counts periods: from the day after the event, skipping holidays, counting make-up workdays.',
  },
};
export default en;
