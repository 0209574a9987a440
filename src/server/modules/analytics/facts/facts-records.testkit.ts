import type { Db } from '../../../db/connect.js';
import { insertAgentDay, insertEliminationCase, insertQa, insertQaForm } from '../records.testkit.js';

// The records of the constructed center of facts.testkit.ts that feed the rollups beyond the
// people themselves: elimination cases, QA evaluations and the agents' KPI days.
const AT = '2025-01-01T00:00:00.000Z';

/** P1's closed case (eliminated, theory_fails; an older retained case does not count); QA and KPI days of P4 and P5. */
export async function addRecords(db: Db, people: Record<string, string>) {
  const opener = (await db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  for (const [criterion, decision, closedAt] of [
    ['daily_below', 'retain', '2025-01-20T00:00:00.000Z'],
    ['theory_fails', 'eliminate', '2025-02-05T00:00:00.000Z'],
  ] as const)
    await insertEliminationCase(db, {
      employeeId: people.P1!,
      criterion,
      status: decision === 'retain' ? 'retained' : 'closed',
      decision,
      closedAt,
      openedBy: opener,
      openedAt: AT,
      updatedAt: closedAt,
    });
  const form = await insertQaForm(db, { passScore: 60 });
  for (const [key, day, score, passed] of [
    ['P4', '2025-03-10', 80, 1],
    ['P4', '2025-03-20', 90, 1],
    ['P5', '2025-03-12', 50, 0],
    ['P4', '2025-04-02', 70, 1],
  ] as const)
    await insertQa(db, { ...form, agentId: people[key]!, evaluatorId: opener, day, score, passed });
  for (const [key, day, handled, talk, fcrYes, fcrKnown, csatSum, csatCount] of [
    ['P4', '2025-03-10', 10, 1000, 7, 9, 40, 9],
    ['P4', '2025-03-11', 5, 600, 4, 5, 20, 5],
    ['P5', '2025-03-11', 8, 900, 2, 8, 24, 8],
  ] as const)
    await insertAgentDay(db, people[key]!, day, {
      offered: handled,
      handled,
      talk_sum: talk,
      hold_sum: handled * 10,
      wrap_sum: handled * 20,
      fcr_yes: fcrYes,
      fcr_known: fcrKnown,
      csat_sum: csatSum,
      csat_count: csatCount,
    });
}
