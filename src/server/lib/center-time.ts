// The center's time zone (setting center.utcOffsetMinutes: 480 for China, negative west of
// Greenwich) applied to the one clock: what "today" means in every rule.
import type { Db } from '../db/connect.js';
import { centerToday } from './clock.js';
import { getSetting } from './settings.js';

export const centerOffset = (db: Db) => getSetting(db, 'center.utcOffsetMinutes');

/** Today in the center's calendar, read from the setting. */
export const todayInCenter = async (db: Db) => centerToday(await centerOffset(db));
