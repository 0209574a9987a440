import type { Db } from '../../db/connect.js';
import { newId } from '../../lib/ids.js';
import { RECORDS_AT, stamps } from './records-training.testkit.js';

// People rows for the analytics tests (issue 22): employees and elimination cases, with the
// fields a test cares about and neutral values for the rest.

/** An employee hired on `hireDate`, in `status` since then; the number is `noPrefix` and the id's tail. */
export async function insertEmployee(
  db: Db,
  e: {
    teamId: string;
    name: string;
    hireDate: string;
    status?: string;
    noPrefix?: string;
    employeeNo?: string;
    at?: string;
  },
): Promise<string> {
  const id = newId();
  const at = e.at ?? RECORDS_AT;
  await db
    .insertInto('employees')
    .values({
      id,
      employee_no: e.employeeNo ?? `${e.noPrefix ?? 'AX'}${id.slice(-10)}`,
      name: e.name,
      gender: null,
      phone: null,
      email: null,
      hire_date: e.hireDate,
      team_id: e.teamId,
      supervisor_id: null,
      status: e.status ?? 'regular',
      status_since: e.hireDate,
      position: null,
      skills: '[]',
      ...stamps(at),
    })
    .execute();
  return id;
}

/** An elimination case opened at `openedAt`; `decision` and `closedAt` stay null while it is open. */
export async function insertEliminationCase(
  db: Db,
  c: {
    employeeId: string;
    criterion: string;
    status: string;
    openedBy: string;
    openedAt: string;
    updatedAt: string;
    decision?: string | null;
    closedAt?: string | null;
    summary?: string;
  },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('elimination_cases')
    .values({
      id,
      employee_id: c.employeeId,
      criterion: c.criterion,
      status: c.status,
      summary: c.summary ?? 'analytics test',
      evidence: '{}',
      notice_published_on: null,
      notice_ends_on: null,
      notice_ends_at: null,
      notice_provisional_year: null,
      decision: c.decision ?? null,
      closed_at: c.closedAt ?? null,
      opened_by: c.openedBy,
      opened_at: c.openedAt,
      version: 1,
      updated_at: c.updatedAt,
    })
    .execute();
  return id;
}
