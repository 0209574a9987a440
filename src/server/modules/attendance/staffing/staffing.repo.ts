import type { Db } from '../../../db/connect.js';

// SQL of the staffing part: its cache of past days' interval volumes (attendance_staffing_days /
// _volumes, see the migration 20261219-attendance-staffing.ts).

export const cachedDays = (db: Db, days: string[]) =>
  days.length
    ? db.selectFrom('attendance_staffing_days').select(['day', 'fingerprint']).where('day', 'in', days).execute()
    : Promise.resolve([]);

export async function cachedVolumes(db: Db, days: string[]) {
  if (!days.length) return [];
  const rows = await db
    .selectFrom('attendance_staffing_volumes')
    .select(['day', 'business_type', 'slot', 'contacts', 'answered', 'handle_seconds'])
    .where('day', 'in', days)
    .execute();
  return rows.map((r) => ({
    day: r.day,
    businessType: r.business_type,
    slot: Number(r.slot),
    contacts: Number(r.contacts),
    answered: Number(r.answered),
    handleSeconds: Number(r.handle_seconds),
  }));
}

export interface VolumeWrite {
  day: string;
  businessType: string;
  slot: number;
  contacts: number;
  answered: number;
  handleSeconds: number;
}

/** Replaces the cached volumes of these days (one transaction), with each day's fingerprint. */
export async function replaceDays(
  db: Db,
  days: { day: string; fingerprint: string }[],
  volumes: VolumeWrite[],
  at: string,
) {
  if (!days.length) return;
  const list = days.map((d) => d.day);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('attendance_staffing_volumes').where('day', 'in', list).execute();
    await trx.deleteFrom('attendance_staffing_days').where('day', 'in', list).execute();
    for (let i = 0; i < volumes.length; i += 500)
      await trx
        .insertInto('attendance_staffing_volumes')
        .values(
          volumes.slice(i, i + 500).map((v) => ({
            day: v.day,
            business_type: v.businessType,
            slot: v.slot,
            contacts: v.contacts,
            answered: v.answered,
            handle_seconds: v.handleSeconds,
          })),
        )
        .execute();
    await trx
      .insertInto('attendance_staffing_days')
      .values(days.map((d) => ({ day: d.day, fingerprint: d.fingerprint, computed_at: at })))
      .execute();
  });
}
