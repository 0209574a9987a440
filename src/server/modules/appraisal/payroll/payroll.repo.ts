import type { Db } from '../../../db/connect.js';

// SQL for the bonus table: base bonuses per person and cycle, team pools per cycle.

export const baseBonuses = (db: Db, cycleId: string) =>
  db
    .selectFrom('appraisal_base_bonuses')
    .select(['employee_id', 'amount_cents', 'source'])
    .where('cycle_id', '=', cycleId)
    .execute();

export const pools = (db: Db, cycleId: string) =>
  db.selectFrom('appraisal_team_pools').select(['team_id', 'amount_cents']).where('cycle_id', '=', cycleId).execute();

export async function upsertBaseBonuses(
  trx: Db,
  cycleId: string,
  rows: { employeeId: string; amountCents: number }[],
  source: 'entered' | 'imported',
  userId: string,
  at: string,
) {
  for (const r of rows)
    await trx
      .insertInto('appraisal_base_bonuses')
      .values({
        cycle_id: cycleId,
        employee_id: r.employeeId,
        amount_cents: r.amountCents,
        source,
        updated_by: userId,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc
          .columns(['cycle_id', 'employee_id'])
          .doUpdateSet({ amount_cents: r.amountCents, source, updated_by: userId, updated_at: at }),
      )
      .execute();
}

export async function upsertPool(
  trx: Db,
  cycleId: string,
  teamId: string,
  amountCents: number,
  userId: string,
  at: string,
) {
  await trx
    .insertInto('appraisal_team_pools')
    .values({ cycle_id: cycleId, team_id: teamId, amount_cents: amountCents, updated_by: userId, updated_at: at })
    .onConflict((oc) =>
      oc
        .columns(['cycle_id', 'team_id'])
        .doUpdateSet({ amount_cents: amountCents, updated_by: userId, updated_at: at }),
    )
    .execute();
}
