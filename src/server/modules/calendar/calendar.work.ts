import type { WorkSource } from '../../lib/work.js';
import { calendarStatus } from './calendar.status.js';

// What waits in the working-day calendar for the home page (issue 26; lib/work.ts says how): an
// administrator enters a year's official holiday notice. This year missing is late already (every
// deadline in it is provisional); next year's is due by 31 December once the settings' warning
// window (calendar.warnFromMonth/Day) has begun. Entering the year (import or by hand) ends it.

const MENU = 'calendar';

const missingYear: WorkSource = {
  name: 'calendar.missingYear',
  kinds: ['calendarYearMissing', 'calendarNextYearMissing'],
  menus: [MENU],
  appliesTo: (actor) => actor.roles.includes('admin'),
  async items(db) {
    const s = await calendarStatus(db);
    if (!s.warn) return [];
    const year = s.nextYear - 1;
    const current = !s.currentYearKnown;
    const kind = current ? 'calendarYearMissing' : 'calendarNextYearMissing';
    const missing = current ? year : s.nextYear;
    return [
      {
        key: `${kind}:${missing}`,
        kind,
        menu: MENU,
        due: current ? `${year}-01-01` : `${year}-12-31`,
        provisional: false,
        link: `/calendar?year=${missing}`,
        params: { year: missing },
      },
    ];
  },
};

export const calendarWork: WorkSource[] = [missingYear];
