import type { Db } from '../../db/connect.js';
import { provideCaseFacts } from '../evaluation/case-facts.js';
import * as repo from './cases.repo.js';

// The facts about cases the evaluation module asks for (evaluation/case-facts.ts): the read side
// of elimination_cases other modules may rely on. Provided when this file loads, which is before
// anything can open a case or mount the routes: the server, the demo seeder and scripts alike.

/** Whether the person has a case that is not closed. */
export async function hasOpenCase(db: Db, employeeId: string): Promise<boolean> {
  return !!(await repo.openCaseOf(db, employeeId));
}

/** Of these people, those with a case that is not closed. */
export async function withOpenCase(db: Db, employeeIds: string[]): Promise<Set<string>> {
  if (!employeeIds.length) return new Set();
  return new Set((await repo.openCasesAmong(db, employeeIds)).map((r) => r.employee_id));
}

/** When each person's latest case that kept them (retained by HR, or withdrawn after an upheld
 *  appeal) closed. Criteria count only records after it: the facts that case weighed were
 *  answered by its decision and must not raise the same case again. */
export async function keptSince(db: Db, employeeIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!employeeIds.length) return out;
  const rows = await repo.keptCasesOf(db, employeeIds);
  for (const r of rows)
    if (!out.has(r.employee_id) || r.closed_at! > out.get(r.employee_id)!) out.set(r.employee_id, r.closed_at!);
  return out;
}

provideCaseFacts({ hasOpenCase, withOpenCase, keptSince });
