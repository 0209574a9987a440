import type { WorkItem } from '../../common/home.js';
import type { Db } from '../db/connect.js';
import type { Actor } from './actor.js';
import type { Calendar } from './calendar.js';

// What waits for a person (issue 26). Each module says what work it knows of — a dispute to
// decide, an essay to grade, a leave request to approve — in a work source of its own
// (modules/<module>/<module>.work.ts), and the home module gathers them all for the signed-in
// person in one request (modules/home/work/sources.ts lists them). A source lists only what the
// actor must act on under its module's own rules (the lead of the agent's team, the assigned
// grader…), never everything the actor could see.

export interface WorkContext {
  /** The center's day (lib/center-time.ts). */
  today: string;
  calendar: Calendar;
}

export interface WorkSource {
  /** Unique name, `<module>.<what>` (appears in the bench's figures). */
  name: string;
  /** The kinds of item it gives (a test checks each has its text in both languages). */
  kinds: readonly string[];
  /** The web menu entries (menu keys) its items count toward (a test checks each exists). */
  menus: readonly string[];
  /** Cheap check on the actor alone (roles, permissions, employee link); false skips its queries. */
  appliesTo: (actor: Actor) => boolean;
  items: (db: Db, actor: Actor, ctx: WorkContext) => Promise<WorkItem[]>;
}
