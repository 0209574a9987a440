import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { workingDeadlineFrom, type CalendarChange } from '../../lib/calendar.js';
import { getSetting } from '../../lib/settings.js';
import * as repo from './cases.repo.js';
import { commitStep } from './steps.service.js';

// A public notice runs N working days (elimination.noticeWorkingDays, kept on the notice step as
// workingDays). When an administrator corrects the calendar or enters a missing year, each open
// notice counted through the changed days is counted again: a moved or newly final end is a step
// on the case's timeline, audited with the administrator's reason, and announced to the people
// the case concerns. Runs inside the calendar change's transaction (lib/calendar.ts).

export async function recountNotices(trx: Db, actor: Actor, change: CalendarChange): Promise<number> {
  let moved = 0;
  for (const c of await repo.noticesToRecount(trx, change.from, change.to)) {
    const noticeStep = (await repo.stepsOf(trx, c.id)).filter((s) => s.kind === 'notice').at(-1);
    const days = noticeStep
      ? Number(JSON.parse(noticeStep.data).workingDays)
      : await getSetting(trx, 'elimination.noticeWorkingDays');
    const next = await workingDeadlineFrom(trx, c.notice_published_on!, days);
    const before = {
      endsOn: c.notice_ends_on,
      endsAt: c.notice_ends_at,
      provisionalYear: c.notice_provisional_year === null ? null : Number(c.notice_provisional_year),
    };
    if (next.day === before.endsOn && next.provisionalYear === before.provisionalYear) continue;
    const after = { endsOn: next.day, endsAt: next.endsAt, provisionalYear: next.provisionalYear };
    await commitStep(
      trx,
      actor,
      c,
      {
        kind: 'notice_recounted',
        data: { before, after, reason: change.reason },
        audit: { action: 'update', oldValue: before, newValue: after, reason: change.reason },
      },
      { notice_ends_on: after.endsOn, notice_ends_at: after.endsAt, notice_provisional_year: after.provisionalYear },
      {
        kind: 'elimination_notice_recounted',
        params: { before: before.endsOn ?? '', endsOn: after.endsOn, reason: change.reason },
        extraRoles: ['training_manager'],
      },
    );
    moved += 1;
  }
  return moved;
}
