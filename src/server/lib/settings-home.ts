// The numbers of the home page (工作台, issue 26), spread into SETTING_DEFAULTS (lib/settings.ts).
// The settings page's labels are in web/locales/*/homeSettings.ts.
export const HOME_SETTING_DEFAULTS = {
  // The work list shows at most this many lines, soonest due first; the counts count them all.
  'home.maxItems': 100,
  // The QA trend panel: this many whole weeks back from this one.
  'home.panels.trendWeeks': 8,
} as const;
