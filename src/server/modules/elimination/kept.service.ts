import type { Db } from '../../db/connect.js';

// What the evaluation module asks of elimination cases when it weighs the criteria. Kept apart
// from cases.service.ts, which itself calls the evaluation module to open a case: importing that
// file from evaluation would close an import cycle.

/** When each person's latest case that kept them (retained by HR, or withdrawn after an upheld
 *  appeal) closed. Criteria count only records after it: the facts that case weighed were
 *  answered by its decision and must not raise the same case again. */
export async function keptSince(db: Db, employeeIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!employeeIds.length) return out;
  const rows = await db.selectFrom('elimination_cases').select(['employee_id', 'closed_at'])
    .where('employee_id', 'in', employeeIds).where('status', 'in', ['retained', 'withdrawn']).where('closed_at', 'is not', null).execute();
  for (const r of rows) if (!out.has(r.employee_id) || r.closed_at! > out.get(r.employee_id)!) out.set(r.employee_id, r.closed_at!);
  return out;
}
