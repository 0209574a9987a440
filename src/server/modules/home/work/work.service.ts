import type { WorkList } from '../../../../common/home.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { getCalendar } from '../../../lib/calendar.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { getSetting } from '../../../lib/settings.js';
import { lineUp } from './lineup.js';
import { WORK_SOURCES } from './sources.js';

/** Everything the actor must act on, from every module, soonest due first. */
export async function workOf(db: Db, actor: Actor): Promise<WorkList> {
  const [today, calendar, maxItems] = await Promise.all([
    todayInCenter(db),
    getCalendar(db),
    getSetting(db, 'home.maxItems'),
  ]);
  const ctx = { today, calendar };
  const found = await Promise.all(WORK_SOURCES.filter((s) => s.appliesTo(actor)).map((s) => s.items(db, actor, ctx)));
  const { lines, counts } = lineUp(found.flat(), calendar, today);
  return { today, items: lines.slice(0, maxItems), total: lines.length, counts };
}
