// Settings page entries: the home page (issue 26), nested by key: home.maxItems.
export default {
  home: {
    maxItems: {
      label: 'Work list length',
      help: 'The home page lists at most this many items, soonest due first; the menu counts still count them all.',
      unit: 'items',
    },
    panels: {
      trendWeeks: {
        label: 'QA trend weeks',
        help: 'The home page QA trend shows this many whole weeks.',
        unit: 'weeks',
      },
    },
  },
};
