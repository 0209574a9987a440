import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import type { CalendarChange } from '../../../lib/calendar.js';
import { dayRange, nowIso } from '../../../lib/clock.js';
import { centerOffset } from '../../../lib/center-time.js';
import { notify } from '../../../lib/notify.js';
import { feedbackDeadline, isLate, type FeedbackKind } from './feedback.deadline.js';
import * as repo from './feedback.repo.js';

// When the calendar changes, QA feedback deadlines counted through the changed days are counted
// again in the same transaction: every task still pending whose count ran through them, and every
// task with a provisional deadline (given or not: whether it was late is only known now). A moved
// or newly final deadline is audited with the administrator's reason and announced to the
// evaluator and the agent.

export async function recountFeedbackDeadlines(trx: Db, actor: Actor, change: CalendarChange): Promise<number> {
  const changeEnds = dayRange(change.to, change.to, await centerOffset(trx)).end;
  const rows = await repo.deadlinesToRecount(trx, change.from, changeEnds);
  let moved = 0;
  for (const r of rows) {
    const due = await feedbackDeadline(trx, r.scored_at, r.kind as FeedbackKind);
    const provisionalBefore = r.due_problem_year === null ? null : Number(r.due_problem_year);
    if (due.due_day === r.due_day && due.due_problem_year === provisionalBefore) continue;
    const late = isLate(due, r.given_at);
    const at = nowIso();
    await repo.updateTask(trx, r.id, { ...due, late, version: r.version + 1, updated_at: at });
    const before = { due_day: r.due_day, provisional_year: provisionalBefore, late: r.late };
    const after = { due_day: due.due_day, provisional_year: due.due_problem_year, late };
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'qa_feedback',
      entityId: r.id,
      oldValue: before,
      newValue: after,
      reason: change.reason,
    });
    await notify(trx, {
      userIds: [r.evaluator_user_id],
      employeeIds: [r.agent_id],
      kind: 'quality_feedback_due_moved',
      params: { day: r.day, before: r.due_day ?? '', dueDay: due.due_day ?? '', reason: change.reason },
      link: `/quality/evaluations/${r.evaluation_id}`,
    });
    moved += 1;
  }
  return moved;
}
