// The home page's panels (issue 26 item 2): home.panels.*.
export default {
  title: 'How my people are doing',
  titleSelf: 'How I am doing',
  empty: 'No data yet',
  series: { people: 'My people', me: 'Me', team: 'My team', target: 'Target' },
  qa: {
    title: 'QA scores by week',
    hint: 'Shaded: {level}% confidence interval',
    week: 'Week of {week}',
    line: '{name}: mean {mean} ({n} scored)',
    lineMargin: '{name}: mean {mean} ({n} scored), interval {low}–{high}',
    none: '{name}: not scored',
  },
  kpi: {
    title: 'FCR / CSAT / AHT this month',
    aht: 'AHT {value} s (target ≤ {target} s)',
    ahtTeam: '; team {value} s',
    handled: '{count} handled',
    none: 'No contacts this month yet',
  },
  attendance: { title: 'Attendance exceptions this week', late: 'Late', earlyLeave: 'Left early', absent: 'Absent' },
  atRisk: {
    title: 'Trainees at risk',
    unit: 'trainees',
    hint: 'Trainees meeting or one step from an elimination criterion',
  },
};
