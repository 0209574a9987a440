import type { Db } from '../../../db/connect.js';
import type { AttendanceSwapsTable } from '../../../db/schema-attendance-swaps.js';

// SQL of shift swaps (attendance_swaps). Who may see which swap is decided in swaps.access.ts and
// passed here as plain filters (people ids, team ids), so a list and a single read agree.

export type SwapRow = AttendanceSwapsTable;

export const findSwap = (db: Db, id: string) =>
  db.selectFrom('attendance_swaps').selectAll().where('id', '=', id).executeTakeFirst();

export const insertSwap = (db: Db, row: SwapRow) => db.insertInto('attendance_swaps').values(row).execute();

/** Updates at the version the swap was read at; false when someone changed it meanwhile. */
export async function updateAtVersion(db: Db, id: string, version: number, set: Partial<SwapRow>): Promise<boolean> {
  const res = await db
    .updateTable('attendance_swaps')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Open swaps (proposed or accepted) touching any of these person-days. */
export const openSwapsOn = (db: Db, people: Array<{ employeeId: string; day: string }>) =>
  db
    .selectFrom('attendance_swaps')
    .select(['id'])
    .where('status', 'in', ['proposed', 'accepted'])
    .where((eb) =>
      eb.or(
        people.flatMap((p) => [
          eb.and([eb('requester_id', '=', p.employeeId), eb('requester_day', '=', p.day)]),
          eb.and([eb('colleague_id', '=', p.employeeId), eb('colleague_day', '=', p.day)]),
          eb.and([eb('requester_id', '=', p.employeeId), eb('colleague_day', '=', p.day)]),
          eb.and([eb('colleague_id', '=', p.employeeId), eb('requester_day', '=', p.day)]),
        ]),
      ),
    )
    .execute();

export interface SwapFilter {
  /** Swaps this person asked for or was asked. */
  party?: string;
  /** Swaps among the people of these teams (the requester's team). */
  requesterIds?: string[];
  statuses?: string[];
  /** Proposed swaps waiting for this colleague, or accepted ones among requesterIds (to_decide). */
  waitingFor?: { colleagueId: string | null; requesterIds: string[] };
}

export async function listSwaps(db: Db, f: SwapFilter, page: number, pageSize: number) {
  const q = db
    .selectFrom('attendance_swaps')
    .$if(!!f.party, (b) =>
      b.where((eb) => eb.or([eb('requester_id', '=', f.party!), eb('colleague_id', '=', f.party!)])),
    )
    .$if(!!f.requesterIds, (b) => b.where('requester_id', 'in', f.requesterIds!.length ? f.requesterIds! : ['']))
    .$if(!!f.statuses, (b) => b.where('status', 'in', f.statuses!.length ? f.statuses! : ['']))
    .$if(!!f.waitingFor, (b) =>
      b.where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'proposed'), eb('colleague_id', '=', f.waitingFor!.colleagueId ?? '')]),
          eb.and([
            eb('status', '=', 'accepted'),
            eb('requester_id', 'in', f.waitingFor!.requesterIds.length ? f.waitingFor!.requesterIds : ['']),
          ]),
        ]),
      ),
    );
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
