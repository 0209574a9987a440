// The home page's work list (issue 26): home.work.*.
export default {
  title: 'My work',
  empty: 'Nothing waiting for you',
  total: '{count} items',
  more: 'Showing the {shown} due soonest of {count}',
  dueToday: 'Due today',
  dueOn: 'Due {day}',
  noDue: 'No deadline',
  overdue: '{days} working days overdue',
  provisional: 'Provisional',
  provisionalHint:
    'The calendar has no holidays for that year yet: the deadline is counted on weekends alone and will be counted again once it is entered',
  open: 'Open',
  refreshed: 'Updated {time}',
};
