import { z } from 'zod';

// The home page (工作台, issue 26): what waits for the signed-in person, soonest first. Each
// module says what its work is (server lib/work.ts); the home module gathers it in one request.

/** One thing to act on, as a module's work source gives it. */
export const WorkItem = z.object({
  /** Unique in the list and stable between requests: `<kind>:<record id>`. */
  key: z.string(),
  /** What it is; the web reads `home.kinds.<kind>` with the params (camelCase, area first: qualityDispute). */
  kind: z.string(),
  /** The menu entry whose count it adds to (the web's menu key, e.g. 'quality-disputes'). */
  menu: z.string(),
  /** The center-local day it is due; null when it has no deadline (listed after the dated ones). */
  due: z.string().nullable(),
  /** The due day was counted without the year's holidays (calendar not entered yet). */
  provisional: z.boolean(),
  /** Where it is done: a path in the web app that opens the exact item. */
  link: z.string(),
  /** The text's parameters (a name, a title, a count). One named `<x>Key` holds a message key
   *  (kpiKey: 'appraisal.kpis.fcr'): the text shows it translated, as `{<x>}`. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type WorkItem = z.infer<typeof WorkItem>;

/** An item as the home page lists it: with how late it is, counted in working days. */
export const WorkLine = WorkItem.extend({
  /** Working days past the due day (0 when due today or later, or with no due day). */
  overdueDays: z.number().int(),
});
export type WorkLine = z.infer<typeof WorkLine>;

export const WorkList = z.object({
  /** The center's day the list was counted for. */
  today: z.string(),
  /** Soonest due first; at most home.maxItems lines (the counts count them all). */
  items: z.array(WorkLine),
  /** All of the person's items, however many the list shows. */
  total: z.number().int(),
  /** Items per menu entry key: the menu's badges, matching the list. */
  counts: z.record(z.string(), z.number().int()),
});
export type WorkList = z.infer<typeof WorkList>;
